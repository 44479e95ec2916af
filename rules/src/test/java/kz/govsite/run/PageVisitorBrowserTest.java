package kz.govsite.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.govsite.BrowserOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.ReportOptions;
import kz.govsite.browser.SessionFactory;
import kz.govsite.check.CheckRegistry;
import kz.govsite.crawl.Frontier;
import kz.govsite.crawl.HttpFetcher;
import kz.govsite.crawl.RateLimiter;
import kz.govsite.crawl.Scope;
import kz.govsite.page.PageSnapshot;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.HostileSite;
import kz.govsite.testing.MisbehavingServer;
import kz.govsite.testing.TrapSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the checks get to see of odd pages: the snapshot one visit takes, in a real Chromium. */
@Tag("browser")
class PageVisitorBrowserTest {
    @TempDir
    static Path out;
    static MisbehavingServer server;
    static PageVisitor visitor;
    static SessionHolder sessions;

    @BeforeAll
    static void startBrowser() {
        Browsers.requireChromium();
        server = TrapSite.serve(HostileSite.serve(MisbehavingServer.start()));
        var browser = new BrowserOptions(null, null, null, 1280, 1024, Duration.ofSeconds(60), 1, List.of());
        var config = GovsiteConfig.builder().startUrl(server.url("/")).checks(Set.of()).browser(browser)
                .report(new ReportOptions(out, Set.of("json"), "ru")).build();
        var scope = Scope.of(Set.of(), List.of(server.url("/")), List.of(), List.of());
        var limiter = RateLimiter.unlimited();
        visitor = new PageVisitor(config, scope, new HttpFetcher(browser.pageTimeout(), Map.of(), Map.of(), limiter),
                limiter, CheckRegistry.forConfig(config), out);
        sessions = new SessionHolder(SessionFactory.forOptions(browser, Map.of()));
    }

    @AfterAll
    static void stop() {
        if (sessions != null) sessions.close();
        if (server != null) server.close();
    }

    @Test
    void aCp1251PageWithoutAnyCharsetIsDecodedRight() {
        for (String path : List.of("/cp1251-bare", "/cp1251-meta")) {
            PageSnapshot page = visit(path);
            assertEquals("Министерство финансов Республики Казахстан", page.document().selectFirst("h1").text(), path);
            assertTrue(page.document().text().contains("Добро пожаловать на официальный сайт министерства"), path);
        }
    }

    @Test
    void photosPastedAsDataUrisAreShortenedInTheSnapshot() {
        PageSnapshot page = visit("/pasted-photos");
        assertTrue(page.html().length() < 10_000, page.html().length() + " characters");
        assertEquals(3, page.document().select("img[src=data:image/png,…]").size(), page.html());
        assertEquals("Фото с совещания 2", page.document().select("img").get(1).attr("alt"));
    }

    @Test
    void aDeepDomIsCapturedWhole() {
        PageSnapshot page = visit("/deep");
        assertEquals("Глубоко вложенный текст", page.document().selectFirst("p").text());
    }

    @Test
    void tenThousandLinksAreAllRead() {
        var outcome = visitor.visit(new Frontier.Entry(server.url("/many-links"), 0, false), sessions);
        assertEquals(TrapSite.LINKS, outcome.snapshot().links().size());
        assertEquals(TrapSite.LINKS, outcome.next().size());
        assertEquals(server.url("/item/9999"), outcome.next().get(TrapSite.LINKS - 1));
    }

    @Test
    void windowsAPageOpensAreClosedAfterTheVisit() throws Exception {
        visit("/popup");
        Thread.sleep(500); // the page opens its second window on a timer
        visit("/chain-end");
        assertEquals(1, sessions.current().driver().getWindowHandles().size());
    }

    private static PageSnapshot visit(String path) {
        var outcome = visitor.visit(new Frontier.Entry(server.url(path), 0, false), sessions);
        assertEquals("page", outcome.result().kind(), path + ": " + outcome.result().error());
        return outcome.snapshot();
    }
}
