package kz.govsite.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import kz.govsite.testing.MisbehavingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whole bodies for the documents check: kept up to a limit, cut off past it, asked conditionally. */
class DownloadTest {
    MisbehavingServer server;
    HttpFetcher fetcher;

    @BeforeEach
    void start() {
        server = MisbehavingServer.start();
        fetcher = new HttpFetcher(Duration.ofSeconds(2), Map.of(), Map.of(), RateLimiter.unlimited());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void keepsABodyUnderTheLimitWithItsValidators() {
        byte[] pdf = "%PDF-1.7 a small file".getBytes();
        server.route("/a.pdf", ex -> ex.header("ETag", "\"v1\"").header("Last-Modified", "Mon, 01 Dec 2025 10:00:00 GMT")
                .send(200, "application/pdf", pdf));
        Download d = fetcher.download(server.url("/a.pdf"), 1000, Map.of());
        assertEquals(200, d.status());
        assertArrayEquals(pdf, d.body());
        assertEquals("\"v1\"", d.etag());
        assertEquals("Mon, 01 Dec 2025 10:00:00 GMT", d.lastModified());
        assertEquals(false, d.tooLarge());
    }

    @Test
    void aBodyAnnouncedOverTheLimitIsNotRead() {
        server.route("/big.pdf", ex -> ex.send(200, "application/pdf", new byte[50_000]));
        Download d = fetcher.download(server.url("/big.pdf"), 10_000, Map.of());
        assertTrue(d.tooLarge());
        assertEquals(50_000, d.length());
        assertEquals(0, d.body().length);
    }

    @Test
    void aBodyWithoutLengthIsCutOffAsItPassesTheLimit() {
        server.route("/stream.pdf", ex -> ex.sendChunked("application/pdf", new byte[200_000]));
        Download d = fetcher.download(server.url("/stream.pdf"), 10_000, Map.of());
        assertTrue(d.tooLarge());
        assertTrue(d.length() > 10_000, "counted past the limit: " + d.length());
        assertEquals(0, d.body().length, "what arrived is dropped");
    }

    @Test
    void sendsTheValidatorsItIsGivenSoAnUnchangedFileCostsA304() {
        server.route("/a.pdf", ex -> {
            if (ex.requestHeader("If-None-Match").equals("\"v1\"")) ex.send(304, null, new byte[0]);
            else ex.send(200, "application/pdf", "%PDF-1.7".getBytes());
        });
        Download d = fetcher.download(server.url("/a.pdf"), 1000, Map.of("If-None-Match", "\"v1\""));
        assertTrue(d.notModified());
        assertEquals(0, d.body().length);
    }
}
