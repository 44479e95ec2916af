package kz.govsite.crawl;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * A document's body, kept whole up to a limit; past it (announced or counted) what was kept is
 * dropped and {@link #overflow} completes, so the download can stop at once.
 */
final class DocumentBody implements ResponseBody.Sink {
    private final long max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final CompletableFuture<Void> overflow = new CompletableFuture<>();

    DocumentBody(long max) {
        this.max = max;
    }

    @Override
    public boolean wants(HttpResponse.ResponseInfo head) {
        if (head.headers().firstValueAsLong("Content-Length").orElse(-1) > max) {
            overflow.complete(null);
            return false;
        }
        return true;
    }

    @Override
    public void accept(byte[] chunk, long offset) {
        if (overflow.isDone()) return;
        if (offset + chunk.length > max) {
            bytes.reset();
            overflow.complete(null);
            return;
        }
        bytes.write(chunk, 0, chunk.length);
    }

    /** The download; its body only when it arrived whole, within the limit and without error. */
    static Download result(ResponseBody.Arrived<DocumentBody> arrived, String url, String error) {
        DocumentBody body = arrived.sink();
        boolean tooLarge = body.overflow.isDone();
        boolean whole = arrived.done() && !tooLarge && error.isEmpty();
        return new Download(arrived.info().statusCode(), arrived.header("Content-Type"), arrived.location(url),
                arrived.header("ETag"), arrived.header("Last-Modified"),
                whole ? body.bytes.toByteArray() : null, arrived.total(), tooLarge, error);
    }
}
