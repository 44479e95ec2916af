package kz.govsite.crawl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Asks the server about a URL before the browser loads it: the status, content type and redirect
 * that a browser hides from WebDriver. Redirects are reported, not followed, so the crawl can
 * decide whether their target is in scope.
 */
public final class HttpFetcher {
    /** Bodies are hashed up to this size; the rest is read and dropped. */
    private static final long MAX_BODY = 25L * 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;
    private final Map<String, String> hostMap;
    private final Supplier<Map<String, String>> headers;
    private final RateLimiter rateLimiter;
    private final String userAgent;

    /**
     * @param hostMap host names served locally, e.g. {@code site.test -> 127.0.0.1:41234}
     * @param headers headers to send with every request
     */
    public HttpFetcher(Duration timeout, Map<String, String> hostMap, Map<String, String> headers,
                       RateLimiter rateLimiter) {
        this(timeout, hostMap, constant(headers), rateLimiter);
    }

    /**
     * @param headers asked before every request: a login's cookies arrive after the fetcher is made
     */
    public HttpFetcher(Duration timeout, Map<String, String> hostMap, Supplier<Map<String, String>> headers,
                       RateLimiter rateLimiter) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
        this.timeout = timeout;
        this.hostMap = Map.copyOf(hostMap);
        this.headers = headers;
        this.rateLimiter = rateLimiter;
        this.userAgent = UserAgent.DEFAULT;
    }

    private HttpFetcher(HttpFetcher base, String userAgent) {
        this.client = base.client;
        this.timeout = base.timeout;
        this.hostMap = base.hostMap;
        this.headers = base.headers;
        this.rateLimiter = base.rateLimiter;
        this.userAgent = userAgent;
    }

    /** The same fetcher, introducing itself to servers as {@code userAgent}. */
    public HttpFetcher introducingItselfAs(String userAgent) {
        return new HttpFetcher(this, userAgent);
    }

    /**
     * Asks for {@code url}. Everything, the body included, must arrive within the timeout: a server
     * that sends headers and then never finishes the page must not hold a worker forever.
     */
    public FetchResult fetch(String url) {
        URI target;
        HttpRequest request;
        try {
            target = URI.create(url);
            var builder = HttpRequest.newBuilder(mapped(target)).timeout(timeout).GET()
                    .header("User-Agent", userAgent)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
            headers.get().forEach(builder::setHeader);
            request = builder.build();
        } catch (IllegalArgumentException e) {
            return FetchResult.failed("not a valid URL: " + e.getMessage());
        }
        rateLimiter.acquire(target.getHost());
        var body = new BodyReader();
        CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(request, body::start);
        try {
            exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return body.result(url, "");
        } catch (TimeoutException e) {
            exchange.cancel(true);
            if (!body.started()) return FetchResult.failed("no answer within " + timeout.toSeconds() + " s");
            return body.result(url, "the page did not finish loading within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return failure(e.getCause());
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return FetchResult.failed("interrupted");
        }
    }

    /** A small text file the crawl reads itself (robots.txt): status, redirect target, text. */
    public record TextAnswer(int status, String location, String text, String error) {
    }

    /** Reads at most {@code maxBytes} of a small text file, as UTF-8; the rest is never downloaded. */
    public TextAnswer fetchText(String url, int maxBytes) {
        try {
            URI target = URI.create(url);
            var builder = HttpRequest.newBuilder(mapped(target)).timeout(timeout).GET()
                    .header("User-Agent", userAgent).header("Accept", "text/plain,*/*;q=0.5");
            headers.get().forEach(builder::setHeader);
            rateLimiter.acquire(target.getHost());
            HttpResponse<java.io.InputStream> response = client.send(builder.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (var in = response.body()) {
                byte[] bytes = in.readNBytes(maxBytes);
                String location = response.headers().firstValue("Location").map(loc -> target(url, loc)).orElse("");
                return new TextAnswer(response.statusCode(), location,
                        new String(bytes, java.nio.charset.StandardCharsets.UTF_8), "");
            }
        } catch (IllegalArgumentException e) {
            return new TextAnswer(0, "", "", "not a valid URL: " + e.getMessage());
        } catch (IOException e) {
            return new TextAnswer(0, "", "", failure(e).error());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TextAnswer(0, "", "", "interrupted");
        }
    }

    /**
     * Fetches a whole body of at most {@code maxBytes}, sending {@code conditional} headers
     * (If-None-Match, If-Modified-Since) so an unchanged file costs a 304. A larger body is cut off as
     * soon as it passes the limit, whatever the server announced; everything must arrive within the timeout.
     */
    public Download download(String url, long maxBytes, Map<String, String> conditional) {
        URI target;
        HttpRequest request;
        try {
            target = URI.create(url);
            var builder = HttpRequest.newBuilder(mapped(target)).timeout(timeout).GET()
                    .header("User-Agent", userAgent);
            headers.get().forEach(builder::setHeader);
            conditional.forEach(builder::setHeader);
            request = builder.build();
        } catch (IllegalArgumentException e) {
            return Download.failed("not a valid URL: " + e.getMessage());
        }
        rateLimiter.acquire(target.getHost());
        var body = new LimitedBody(maxBytes);
        CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(request, body::start);
        try {
            CompletableFuture.anyOf(exchange, body.overflow).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (body.overflow.isDone()) exchange.cancel(true);
            return body.result(url, "");
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return body.started() ? body.result(url, "the file did not arrive within " + timeout.toSeconds() + " s")
                    : Download.failed("no answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (body.overflow.isDone()) return body.result(url, "");
            FetchResult failed = failure(e.getCause());
            return Download.failed(failed.error());
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return Download.failed("interrupted");
        }
    }

    /** Keeps a body up to a limit; past it, drops what it has and signals {@code overflow}. */
    private static final class LimitedBody {
        private final long max;
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        final CompletableFuture<Void> overflow = new CompletableFuture<>();
        private HttpResponse.ResponseInfo info;
        private long total;
        private boolean done;

        LimitedBody(long max) {
            this.max = max;
        }

        synchronized HttpResponse.BodySubscriber<Void> start(HttpResponse.ResponseInfo responseInfo) {
            info = responseInfo;
            long announced = responseInfo.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (announced > max) {
                total = announced;
                overflow.complete(null);
                return HttpResponse.BodySubscribers.replacing(null);
            }
            return HttpResponse.BodySubscribers.ofByteArrayConsumer(this::accept);
        }

        synchronized boolean started() {
            return info != null;
        }

        private synchronized void accept(Optional<byte[]> chunk) {
            if (chunk.isEmpty()) {
                done = true;
                return;
            }
            byte[] b = chunk.get();
            total += b.length;
            if (overflow.isDone()) return;
            if (total > max) {
                bytes.reset();
                overflow.complete(null);
                return;
            }
            bytes.write(b, 0, b.length);
        }

        synchronized Download result(String url, String error) {
            var h = info.headers();
            String location = h.firstValue("Location").map(loc -> target(url, loc)).orElse("");
            boolean tooLarge = overflow.isDone();
            boolean whole = done && !tooLarge && error.isEmpty();
            return new Download(info.statusCode(), h.firstValue("Content-Type").orElse(""), location,
                    h.firstValue("ETag").orElse(""), h.firstValue("Last-Modified").orElse(""),
                    whole ? bytes.toByteArray() : null, total, tooLarge, error);
        }
    }

    private FetchResult failure(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return FetchResult.failed("connection timed out after " + timeout.toSeconds() + " s");
        }
        if (cause instanceof HttpTimeoutException) {
            return FetchResult.failed("no answer within " + timeout.toSeconds() + " s");
        }
        if (cause instanceof ConnectException) {
            return FetchResult.failed("connection refused");
        }
        if (cause instanceof IOException && cause.getCause() instanceof ConnectException) {
            return FetchResult.failed("connection refused");
        }
        return FetchResult.failed(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }

    /**
     * Reads a response as it arrives: keeps the headers, hashes the body, keeps its first bytes
     * for sniffing. Whatever arrived is readable even when the rest never does.
     */
    private static final class BodyReader {
        private final MessageDigest digest = sha256();
        private final byte[] head = new byte[ContentSniffer.HEAD_BYTES];
        private HttpResponse.ResponseInfo info;
        private long total;
        private boolean done;

        synchronized HttpResponse.BodySubscriber<Void> start(HttpResponse.ResponseInfo responseInfo) {
            info = responseInfo;
            return HttpResponse.BodySubscribers.ofByteArrayConsumer(this::accept);
        }

        synchronized boolean started() {
            return info != null;
        }

        private synchronized void accept(Optional<byte[]> chunk) {
            if (chunk.isEmpty()) {
                done = true;
                return;
            }
            byte[] bytes = chunk.get();
            if (total < ContentSniffer.HEAD_BYTES) {
                System.arraycopy(bytes, 0, head, (int) total, (int) Math.min(bytes.length, ContentSniffer.HEAD_BYTES - total));
            }
            if (total < MAX_BODY) digest.update(bytes, 0, (int) Math.min(bytes.length, MAX_BODY - total));
            total += bytes.length;
        }

        synchronized FetchResult result(String url, String error) {
            var headers = info.headers();
            String location = headers.firstValue("Location").map(loc -> target(url, loc)).orElse("");
            long retryAfter = headers.firstValue("Retry-After").map(HttpFetcher::seconds).orElse(-1L);
            String hash = done ? HexFormat.of().formatHex(digest.digest()) : "";
            return new FetchResult(info.statusCode(), headers.firstValue("Content-Type").orElse(""), location,
                    retryAfter, hash, error, total, ContentSniffer.sniff(head, (int) Math.min(total, head.length)));
        }
    }

    /** A redirect's target, absolute; one that is not http(s) is kept as written so it can be reported. */
    static String target(String url, String location) {
        return UrlNormalizer.normalize(url, location).orElseGet(() -> {
            try {
                return URI.create(url).resolve(location.strip()).toString();
            } catch (IllegalArgumentException e) {
                return location.strip();
            }
        });
    }

    private static Supplier<Map<String, String>> constant(Map<String, String> headers) {
        Map<String, String> copy = Map.copyOf(headers);
        return () -> copy;
    }

    /** The address actually connected to: mapped hosts go to their local server. */
    URI mapped(URI uri) {
        String local = hostMap.get(uri.getHost());
        if (local == null) return uri;
        String rest = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return URI.create(uri.getScheme() + "://" + local + rest);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Retry-After in seconds: a number of seconds or an HTTP date; -1 when it is neither. */
    static long seconds(String retryAfter) {
        String value = retryAfter.strip();
        try {
            return Math.max(0, Long.parseLong(value));
        } catch (NumberFormatException e) {
            try {
                var when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(0, Duration.between(ZonedDateTime.now(when.getZone()), when).toSeconds());
            } catch (DateTimeParseException notADate) {
                return -1;
            }
        }
    }
}
