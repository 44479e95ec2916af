package kz.govsite.browser;

/**
 * Where a page load ended.
 *
 * @param finalUrl the URL the browser shows after redirects
 * @param status   HTTP status of the main document as the browser saw it, or 0 when unknown
 * @param loadMs   time from the request to a settled page
 */
public record Navigation(String finalUrl, int status, long loadMs) {
}
