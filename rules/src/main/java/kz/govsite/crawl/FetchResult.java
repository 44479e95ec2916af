package kz.govsite.crawl;

import java.util.Optional;

/**
 * What the server answered for a URL before any browser saw it.
 *
 * @param status      HTTP status, or 0 when no answer came
 * @param contentType the Content-Type header, or empty
 * @param location    the redirect target (absolute), or empty; not always http(s): a server may
 *                    redirect to {@code file:} or {@code javascript:}
 * @param retryAfterSeconds the Retry-After header in seconds, or -1
 * @param bodySha256  hash of the body (for caches), or empty
 * @param error       why no answer came (timeout, refused, …), or why the body did not arrive in
 *                    full although the headers did; empty when all went well
 * @param bodyBytes   length of the body read, or -1 when unknown
 * @param sniffedType what the first bytes of the body are when they are plainly not text (a PDF,
 *                    an archive, an image, binary data), whatever the header says; else empty
 */
public record FetchResult(int status, String contentType, String location, long retryAfterSeconds,
                          String bodySha256, String error, long bodyBytes, String sniffedType) {

    public FetchResult {
        contentType = contentType == null ? "" : contentType;
        location = location == null ? "" : location;
        bodySha256 = bodySha256 == null ? "" : bodySha256;
        error = error == null ? "" : error;
        sniffedType = sniffedType == null ? "" : sniffedType;
    }

    public FetchResult(int status, String contentType, String location, long retryAfterSeconds,
                       String bodySha256, String error) {
        this(status, contentType, location, retryAfterSeconds, bodySha256, error, -1, "");
    }

    public static FetchResult failed(String error) {
        return new FetchResult(0, "", "", -1, "", error);
    }

    public boolean isRedirect() {
        return status >= 300 && status < 400 && !location.isEmpty();
    }

    public boolean isError() {
        return status == 0 || status >= 400;
    }

    /** The server answered but did not finish sending the body within the time allowed. */
    public boolean bodyIncomplete() {
        return status > 0 && !error.isEmpty();
    }

    public Optional<String> redirectTarget() {
        return isRedirect() ? Optional.of(location) : Optional.empty();
    }
}
