package kz.govsite.run;

import static kz.govsite.testing.MisbehavingServer.htmlPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kz.govsite.BrowserOptions;
import kz.govsite.CrawlOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.testing.BrowserKiller;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.MisbehavingServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser dies under a running crawl, killed the hard way: the session is replaced, the page
 * tried once more, a page that kills it every time is reported, and the run completes.
 */
@Tag("browser")
class BrowserCrashBrowserTest {
    /** A picture without alt text: an axe finding that only a fully checked page has. */
    static final String UNLABELLED_PICTURE = "<img src=\"/photo.png\">";

    @TempDir
    static Path out;
    static MisbehavingServer server;
    static BrowserKiller killer = new BrowserKiller();
    static Report report;

    @BeforeAll
    static void crawlWhileKillingTheBrowser() throws Exception {
        Browsers.requireChromium();
        server = MisbehavingServer.start();
        server.page("/", htmlPage("Index", MisbehavingServer.links(List.of("/before", "/killed-while-loading",
                "/killed-while-checked", "/driver-killed", "/kills-both-tries", "/after"))));
        for (String path : List.of("/before", "/after")) server.page(path, htmlPage(path, UNLABELLED_PICTURE));
        server.route("/photo.png", ex -> ex.send(200, "image/png", new byte[0]));

        // The browser dies while it loads the page: a picture's request kills it, the first time only.
        var once = new AtomicBoolean();
        server.page("/killed-while-loading", htmlPage("Killed while loading", "<img src=\"/kill-chromium.png\">"
                + UNLABELLED_PICTURE));
        server.route("/kill-chromium.png", ex -> {
            if (once.compareAndSet(false, true)) killer.killChromium();
            ex.send(200, "image/png", new byte[0]);
        });
        // The browser dies while axe-core runs: putting axe into the page calls home, which kills it.
        var onceInCheck = new AtomicBoolean();
        server.page("/killed-while-checked", htmlPage("Killed while checked", UNLABELLED_PICTURE + """
                <script>
                  Object.defineProperty(window, 'axe', { configurable: true,
                    set: function (v) { this.__axe = v; var x = new XMLHttpRequest(); x.open('GET', '/kill-in-check', false); x.send(); },
                    get: function () { return this.__axe; } });
                </script>"""));
        server.route("/kill-in-check", ex -> {
            if (onceInCheck.compareAndSet(false, true)) killer.killChromium();
            ex.send(204, "text/plain", new byte[0]);
        });
        // The driver dies, leaving its Chromium behind.
        var onceDriver = new AtomicBoolean();
        server.page("/driver-killed", htmlPage("Driver killed", "<img src=\"/kill-driver.png\">" + UNLABELLED_PICTURE));
        server.route("/kill-driver.png", ex -> {
            if (onceDriver.compareAndSet(false, true)) killer.killDriver();
            ex.send(200, "image/png", new byte[0]);
        });
        // Kills the browser of the first try and of the second: the run must not try a third time. (Only
        // twice, because a late request of a dying browser must not kill the one started after the page.)
        var kills = new AtomicInteger();
        server.page("/kills-both-tries", htmlPage("Kills both tries", "<img src=\"/kill-twice.png\">"));
        server.route("/kill-twice.png", ex -> {
            if (kills.incrementAndGet() <= 2) killer.killChromium();
            ex.send(200, "image/png", new byte[0]);
        });

        var config = GovsiteConfig.builder()
                .startUrl(server.url("/"))
                .checks(Set.of("axe"))
                .crawl(CrawlOptions.defaults())
                // One session: the killer ends every Chromium of this JVM, which is one crash per session.
                .browser(BrowserOptions.defaults().withConcurrency(1))
                .report(new ReportOptions(out, Set.of("json"), "ru"))
                .failOn("none")
                .build();
        report = SiteCheck.run(config, Progress.SILENT);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
    }

    @Test
    void theRunCompletesWithEveryPage() {
        assertTrue(report.complete());
        assertEquals(7, report.pages().size(), report.pages().toString());
        assertTrue(killer.killed().size() >= 5, "the browser was really killed: " + killer.killed().size());
    }

    @Test
    void aPageWhoseBrowserDiedIsCheckedAgainInANewOne() {
        for (String path : List.of("/killed-while-loading", "/killed-while-checked", "/driver-killed")) {
            assertEquals("page", page(path).kind(), path + ": " + page(path).error());
            assertTrue(has("axe.image-alt", path), path + " was checked in full the second time");
            assertFalse(report.findings().stream().anyMatch(f -> f.url().equals(server.url(path))
                    && f.check().startsWith("site.")), path);
        }
        assertEquals(2, server.requests("/kill-in-check").size(), "axe was put into the page twice: before and after the crash");
    }

    @Test
    void aPageThatKillsTheBrowserTwiceIsReportedAsACrash() {
        PageResult page = page("/kills-both-tries");
        assertEquals("error", page.kind());
        Finding crash = report.findings().stream().filter(f -> f.check().equals("site.browser-crash")).findFirst().orElseThrow();
        assertEquals(server.url("/kills-both-tries"), crash.url());
        assertTrue(crash.message().startsWith("the browser crashed on this page twice: "), crash.message());
        assertEquals(2, server.requests("/kills-both-tries").stream().filter(MisbehavingServer.Request::fromBrowser).count(),
                "tried once more, not again and again");
    }

    @Test
    void pagesAroundTheCrashesAreUntouched() {
        assertEquals("page", page("/before").kind());
        assertEquals("page", page("/after").kind());
        assertTrue(has("axe.image-alt", "/after"));
    }

    @Test
    void noBrowserOutlivesTheRun() {
        assertFalse(killer.orphaned().isEmpty(), "killing the driver left a Chromium behind");
        for (ProcessHandle chromium : killer.orphaned()) {
            assertFalse(chromium.isAlive(), "Chromium " + chromium.pid() + " of the killed driver was ended by the run");
        }
        assertEquals(List.of(), BrowserKiller.browserProcesses());
    }

    private static PageResult page(String path) {
        return report.pages().stream().filter(p -> p.url().equals(server.url(path))).findFirst()
                .orElseThrow(() -> new AssertionError(path + " is not in the report"));
    }

    private static boolean has(String check, String path) {
        return report.findings().stream().anyMatch(f -> f.check().equals(check) && f.url().equals(server.url(path)));
    }
}
