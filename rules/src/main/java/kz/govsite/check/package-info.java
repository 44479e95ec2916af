/**
 * The check contract: live checks run in the browser, page checks on a snapshot, site-wide checks
 * on the finished crawl. {@link kz.govsite.check.CheckRegistry} lists them all in one place.
 */
package kz.govsite.check;
