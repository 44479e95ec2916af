package kz.govsite.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kz.govsite.BrowserOptions;
import kz.govsite.CrawlOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.MisbehavingServer;
import kz.govsite.testing.TrapSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crawler traps stay bounded by maxDepth, maxPages and URL normalisation; no checks run, only the crawl is tested. */
@Tag("browser")
class CrawlerTrapsBrowserTest {
    static final int MAX_PAGES = 30;
    static final int MAX_DEPTH = 3;

    @TempDir
    static Path out;
    static MisbehavingServer server;
    /** The calendar and session ids, with pages to spare: bounded by depth and normalisation alone. */
    static Report deep;
    /** Ten thousand links and big pages, with a small page budget. */
    static Report wide;

    @BeforeAll
    static void crawlTheTraps() throws Exception {
        Browsers.requireChromium();
        server = TrapSite.serve(MisbehavingServer.start());
        deep = crawl("/deep-traps", 500, out.resolve("deep"));
        wide = crawl("/wide-traps", MAX_PAGES, out.resolve("wide"));
    }

    private static Report crawl(String start, int maxPages, Path reports) throws Exception {
        var config = GovsiteConfig.builder()
                .startUrl(server.url(start))
                .checks(Set.of())
                .crawl(new CrawlOptions(maxPages, MAX_DEPTH, List.of(), List.of(), Set.of(), 0))
                .browser(new BrowserOptions(null, null, null, 1280, 1024, Duration.ofSeconds(60), 1, List.of()))
                .report(new ReportOptions(reports, Set.of("json"), "ru"))
                .failOn("none")
                .build();
        return SiteCheck.run(config, Progress.SILENT);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
    }

    @Test
    void anEndlessCalendarEndsAtMaxDepth() {
        var months = urls(deep, "/calendar").stream().sorted().toList();
        assertEquals(List.of(server.url("/calendar?month=2024-11"), server.url("/calendar?month=2024-12"),
                server.url("/calendar?month=2025-01"), server.url("/calendar?month=2025-02"),
                server.url("/calendar?month=2025-03")), months, "depth 1 to " + MAX_DEPTH + " from the index");
    }

    @Test
    void sessionIdsAndTrackingParametersDoNotMakeNewPages() {
        assertEquals(List.of(server.url("/session")), urls(deep, "/session"));
        assertEquals(1, server.requests("/session").stream().filter(r -> !r.fromBrowser()).count(),
                "every link back to it was seen as the same page");
    }

    @Test
    void tenThousandLinksFillTheBudgetAndNoMore() {
        assertEquals("page", page(wide, "/many-links").kind());
        assertEquals(MAX_PAGES, wide.pages().size());
        long items = wide.pages().stream().filter(p -> p.url().contains("/item/")).count();
        assertTrue(items > 0 && items < MAX_PAGES, items + " items");
        assertEquals(items, server.requests().stream().filter(r -> r.pathAndQuery().startsWith("/item/")
                && !r.fromBrowser()).count(), "no item beyond the budget was fetched");
        assertTrue(wide.complete());
    }

    @Test
    void aTwentyMegabytePageAndADeepDomAreRendered() {
        assertEquals("page", page(wide, "/pasted-photos").kind(), page(wide, "/pasted-photos").error());
        assertEquals("Pasted photos", page(wide, "/pasted-photos").title());
        assertEquals("page", page(wide, "/deep").kind());
    }

    private static List<String> urls(Report report, String pathPrefix) {
        return report.pages().stream().map(PageResult::url).filter(u -> u.startsWith(server.url(pathPrefix))).toList();
    }

    private static PageResult page(Report report, String path) {
        return report.pages().stream().filter(p -> p.url().equals(server.url(path))).findFirst()
                .orElseThrow(() -> new AssertionError(path + " is not in the report"));
    }
}
