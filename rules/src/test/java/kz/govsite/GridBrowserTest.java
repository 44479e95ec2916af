package kz.govsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import kz.govsite.testing.GridServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same site checked through a real Selenium Grid and with local Chromium. */
@Tag("browser")
@Tag("grid")
class GridBrowserTest {
    private static final int SLOTS = 2;

    @TempDir
    static Path work;
    static GridServer grid;
    static Report local;

    @BeforeAll
    static void startGridAndCheckLocally() throws Exception {
        Browsers.requireChromium();
        grid = GridServer.start(work, SLOTS);
        local = SiteCheck.run(config("local", BrowserOptions.defaults()), Progress.SILENT);
    }

    @AfterAll
    static void stopGrid() {
        if (grid != null) grid.close();
    }

    @Test
    void findsOnTheGridWhatALocalRunFinds() throws Exception {
        var log = new CopyOnWriteArrayList<String>();
        Report viaGrid = SiteCheck.run(config("grid", BrowserOptions.defaults().withGridUrl(grid.url())), capture(log));

        assertTrue(log.contains("Browser: Selenium Grid " + grid.url() + ", " + SLOTS + " sessions"),
                "one session per free Chrome slot: " + log);
        assertEquals(pages(local), pages(viaGrid));
        assertEquals(local.findings(), viaGrid.findings());
        assertTrue(viaGrid.findings().stream().anyMatch(f -> f.check().equals("axe.image-alt")), "real axe findings");
    }

    @Test
    void replacesASessionTheGridLostAndChecksEveryPage() throws Exception {
        var dropped = new AtomicInteger();
        var log = new CopyOnWriteArrayList<String>();
        Progress dropOnFirstPage = new Progress() {
            @Override
            public void info(String message) {
                log.add(message);
                if (message.startsWith("[1/") && dropped.get() == 0) {
                    try {
                        dropped.set(grid.dropAllSessions());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public void warn(String message) {
                log.add(message);
            }
        };
        Report viaGrid = SiteCheck.run(config("lost", BrowserOptions.defaults().withGridUrl(grid.url())
                .withConcurrency(1)), dropOnFirstPage);

        assertEquals(1, dropped.get(), "the Grid held the run's one session when it was dropped: " + log);
        assertEquals(pages(local), pages(viaGrid));
        assertEquals(local.findings(), viaGrid.findings());
    }

    @Test
    void offersTheDevToolsProtocolThroughTheGrid() {
        var factory = kz.govsite.browser.SessionFactory.forOptions(
                BrowserOptions.defaults().withGridUrl(grid.url()), java.util.Map.of());
        try (var session = factory.open()) {
            session.driver().get("about:blank");
            session.cdp("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));
            assertEquals(320L, session.script("return window.innerWidth;"));
        }
    }

    private static GovsiteConfig config(String name, BrowserOptions browser) {
        return GovsiteConfig.builder()
                .siteDirectory(Fixtures.site("basic"))
                .checks(Set.of("axe"))
                .browser(browser)
                .report(new ReportOptions(work.resolve(name), Set.of("json"), "ru"))
                .build();
    }

    private static Progress capture(List<String> log) {
        return new Progress() {
            @Override public void info(String message) { log.add(message); }

            @Override public void warn(String message) { log.add(message); }
        };
    }

    private static List<String> pages(Report report) {
        return report.pages().stream().map(p -> p.url() + " " + p.kind() + " " + p.status()).toList();
    }
}
