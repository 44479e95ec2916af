package kz.govsite.crawl;

import java.util.Optional;

/**
 * What the server answered for a URL before any browser saw it.
 *
 * @param status      HTTP status, or 0 when no answer came
 * @param contentType the Content-Type header, or empty
 * @param location    the redirect target (absolute), or empty
 * @param retryAfterSeconds the Retry-After header in seconds, or -1
 * @param bodySha256  hash of the body (for caches), or empty
 * @param error       why no answer came (timeout, refused, …), or empty
 */
public record FetchResult(int status, String contentType, String location, long retryAfterSeconds,
                          String bodySha256, String error) {

    public static FetchResult failed(String error) {
        return new FetchResult(0, "", "", -1, "", error);
    }

    public boolean isRedirect() {
        return status >= 300 && status < 400 && !location.isEmpty();
    }

    public boolean isError() {
        return status == 0 || status >= 400;
    }

    public Optional<String> redirectTarget() {
        return isRedirect() ? Optional.of(location) : Optional.empty();
    }
}
