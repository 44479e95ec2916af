package kz.govsite.crawl;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.HexFormat;
import java.util.Map;
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
    }

    public FetchResult fetch(String url) {
        URI target = URI.create(url);
        rateLimiter.acquire(target.getHost());
        try {
            var request = HttpRequest.newBuilder(mapped(target)).timeout(timeout).GET()
                    .header("User-Agent", "govsite (accessibility and language audit)")
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
            headers.get().forEach(request::setHeader);
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String hash;
            try (InputStream body = response.body()) {
                hash = hash(body);
            }
            String location = response.headers().firstValue("Location")
                    .flatMap(loc -> UrlNormalizer.normalize(url, loc)).orElse("");
            long retryAfter = response.headers().firstValue("Retry-After").map(HttpFetcher::seconds).orElse(-1L);
            return new FetchResult(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    location, retryAfter, hash, "");
        } catch (HttpConnectTimeoutException e) {
            return FetchResult.failed("connection timed out after " + timeout.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            return FetchResult.failed("no answer within " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            return FetchResult.failed("connection refused");
        } catch (IOException e) {
            return FetchResult.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FetchResult.failed("interrupted");
        } catch (IllegalArgumentException e) {
            return FetchResult.failed("not a valid URL: " + e.getMessage());
        }
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

    private static String hash(InputStream body) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = body.read(buffer)) > 0) {
            if (total < MAX_BODY) digest.update(buffer, 0, (int) Math.min(n, MAX_BODY - total));
            total += n;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static long seconds(String retryAfter) {
        try {
            return Long.parseLong(retryAfter.strip());
        } catch (NumberFormatException e) {
            return -1; // an HTTP date: rare, and the default pause covers it
        }
    }
}
