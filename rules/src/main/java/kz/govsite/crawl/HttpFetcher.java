package kz.govsite.crawl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
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
        var body = new ResponseBody<>(new PageBody());
        CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(request, body::start);
        try {
            exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return body.read(arrived -> PageBody.result(arrived, url, ""));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            if (!body.started()) return FetchResult.failed("no answer within " + timeout.toSeconds() + " s");
            String error = "the page did not finish loading within " + timeout.toSeconds() + " s";
            return body.read(arrived -> PageBody.result(arrived, url, error));
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
        var sink = new DocumentBody(maxBytes);
        var body = new ResponseBody<>(sink);
        CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(request, body::start);
        try {
            CompletableFuture.anyOf(exchange, sink.overflow).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (sink.overflow.isDone()) exchange.cancel(true);
            return body.read(arrived -> DocumentBody.result(arrived, url, ""));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            String error = "the file did not arrive within " + timeout.toSeconds() + " s";
            return body.started() ? body.read(arrived -> DocumentBody.result(arrived, url, error))
                    : Download.failed("no answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (sink.overflow.isDone()) return body.read(arrived -> DocumentBody.result(arrived, url, ""));
            FetchResult failed = failure(e.getCause());
            return Download.failed(failed.error());
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return Download.failed("interrupted");
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
