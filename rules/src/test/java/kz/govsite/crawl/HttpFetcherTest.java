package kz.govsite.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import kz.govsite.testing.MisbehavingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
    MisbehavingServer server;
    HttpFetcher fetcher;

    @BeforeEach
    void start() {
        server = MisbehavingServer.start();
        fetcher = new HttpFetcher(Duration.ofSeconds(1), Map.of(), Map.of(), RateLimiter.unlimited());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aBodyThatNeverEndsIsCutOffAtTheTimeout() {
        server.route("/never-ends", ex -> ex.startAndHang("<!doctype html><p>start"));
        FetchResult r = fetcher.fetch(server.url("/never-ends"));
        assertEquals(200, r.status());
        assertTrue(r.bodyIncomplete());
        assertEquals("the page did not finish loading within 1 s", r.error());
        assertEquals("", r.bodySha256(), "no hash of half a page");
        assertEquals("<!doctype html><p>start".length(), r.bodyBytes());
    }

    @Test
    void headersThatNeverComeAreNoAnswer() {
        server.route("/silent", ex -> ex.server().hangUntilClosed());
        FetchResult r = fetcher.fetch(server.url("/silent"));
        assertEquals(0, r.status());
        assertEquals("no answer within 1 s", r.error());
    }

    @Test
    void aClosedPortIsRefused() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertEquals(FetchResult.failed("connection refused"), fetcher.fetch("http://127.0.0.1:" + port + "/"));
    }

    @Test
    void aLargeBodyIsReadWholeAndHashed() {
        byte[] big = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        server.route("/big", ex -> ex.send(200, "text/html", big));
        FetchResult r = new HttpFetcher(Duration.ofSeconds(30), Map.of(), Map.of(), RateLimiter.unlimited())
                .fetch(server.url("/big"));
        assertEquals(big.length, r.bodyBytes());
        assertEquals(64, r.bodySha256().length());
        assertEquals("", r.error());
    }

    @Test
    void redirectTargetsAreAbsoluteAndOtherSchemesAreKept() {
        server.route("/relative", ex -> ex.redirect(302, "../ru/?utm_source=x"));
        server.route("/file", ex -> ex.redirect(302, "file:///etc/passwd"));
        server.route("/js", ex -> ex.redirect(301, "javascript:alert(1)"));
        assertEquals(server.url("/ru/"), fetcher.fetch(server.url("/relative")).location());
        assertEquals("file:///etc/passwd", fetcher.fetch(server.url("/file")).location());
        assertEquals("javascript:alert(1)", fetcher.fetch(server.url("/js")).location());
        assertTrue(fetcher.fetch(server.url("/file")).isRedirect());
    }

    @Test
    void filesServedAsHtmlAreSniffed() {
        server.route("/report", ex -> ex.send(200, "text/html", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1)));
        server.route("/page", ex -> ex.html("<!doctype html><title>Страница</title>"));
        assertEquals("application/pdf", fetcher.fetch(server.url("/report")).sniffedType());
        assertEquals("", fetcher.fetch(server.url("/page")).sniffedType());
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsADate() {
        server.route("/later", ex -> ex.header("Retry-After", "7").send(429, "text/plain", "wait"));
        assertEquals(7, fetcher.fetch(server.url("/later")).retryAfterSeconds());
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120));
        long seconds = HttpFetcher.seconds(inTwoMinutes);
        assertTrue(seconds > 100 && seconds <= 120, seconds + " s");
        assertEquals(0, HttpFetcher.seconds("Wed, 21 Oct 2015 07:28:00 GMT"), "a date in the past: at once");
        assertEquals(-1, HttpFetcher.seconds("soon"));
    }
}
