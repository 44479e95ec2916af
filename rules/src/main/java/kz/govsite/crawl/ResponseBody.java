package kz.govsite.crawl;

import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a response as it arrives and hands each chunk of the body to a {@link Sink}: whatever
 * arrived stays readable when the rest never does (a server that stalls mid-page), and a sink can
 * stop at a limit.
 */
final class ResponseBody<S extends ResponseBody.Sink> {
    /** What is done with the body's bytes: a page's are hashed and sniffed, a document's kept up to a limit. */
    interface Sink {
        /** Whether to read the body at all, given the response's head (a document announced as too large is not). */
        default boolean wants(HttpResponse.ResponseInfo head) {
            return true;
        }

        /** A chunk of the body that starts {@code offset} bytes into it. */
        void accept(byte[] chunk, long offset);
    }

    /**
     * What arrived so far.
     *
     * @param total bytes of the body received, or the announced length of a body the sink did not want
     * @param done  whether the body arrived to its end
     */
    record Arrived<S>(HttpResponse.ResponseInfo info, long total, boolean done, S sink) {
        String header(String name) {
            return info.headers().firstValue(name).orElse("");
        }

        /** The Location header made absolute against {@code url}, or empty. */
        String location(String url) {
            return info.headers().firstValue("Location").map(loc -> HttpFetcher.target(url, loc)).orElse("");
        }
    }

    private final S sink;
    private HttpResponse.ResponseInfo info;
    private long total;
    private boolean done;

    ResponseBody(S sink) {
        this.sink = sink;
    }

    /** The body handler for {@code HttpClient.sendAsync}. */
    synchronized HttpResponse.BodySubscriber<Void> start(HttpResponse.ResponseInfo responseInfo) {
        info = responseInfo;
        if (!sink.wants(responseInfo)) {
            total = announced(responseInfo);
            return HttpResponse.BodySubscribers.replacing(null);
        }
        return HttpResponse.BodySubscribers.ofByteArrayConsumer(this::accept);
    }

    private static long announced(HttpResponse.ResponseInfo head) {
        return head.headers().firstValueAsLong("Content-Length").orElse(-1);
    }

    /** Whether the response's head has arrived. */
    synchronized boolean started() {
        return info != null;
    }

    private synchronized void accept(Optional<byte[]> chunk) {
        if (chunk.isEmpty()) {
            done = true;
            return;
        }
        byte[] bytes = chunk.get();
        sink.accept(bytes, total);
        total += bytes.length;
    }

    /** Reads what arrived, with no chunk arriving meanwhile; only after {@link #started()}. */
    synchronized <R> R read(Function<Arrived<S>, R> reader) {
        return reader.apply(new Arrived<>(info, total, done, sink));
    }
}
