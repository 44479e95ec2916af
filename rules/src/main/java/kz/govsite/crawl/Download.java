package kz.govsite.crawl;

/**
 * A body fetched whole, up to a limit, for a check that opens files (the documents check).
 *
 * @param status       HTTP status, or 0 when no answer came
 * @param contentType  the Content-Type header, or empty
 * @param location     a redirect's target (absolute), or empty
 * @param etag         the ETag header, or empty
 * @param lastModified the Last-Modified header, or empty
 * @param body         the body, empty when it was too large, not modified, or did not arrive
 * @param length       bytes the server sent or announced; more than the limit when {@code tooLarge}
 * @param tooLarge     the body exceeded the limit: it was cut off and dropped
 * @param error        why nothing usable came (timeout, refused), or empty
 */
public record Download(int status, String contentType, String location, String etag, String lastModified,
                       byte[] body, long length, boolean tooLarge, String error) {
    public Download {
        contentType = contentType == null ? "" : contentType;
        location = location == null ? "" : location;
        etag = etag == null ? "" : etag;
        lastModified = lastModified == null ? "" : lastModified;
        body = body == null ? new byte[0] : body;
        error = error == null ? "" : error;
    }

    public static Download failed(String error) {
        return new Download(0, "", "", "", "", null, -1, false, error);
    }

    public boolean isRedirect() {
        return status >= 300 && status < 400 && status != 304 && !location.isEmpty();
    }

    /** The server said the copy we hold is still current (a conditional request answered 304). */
    public boolean notModified() {
        return status == 304;
    }
}
