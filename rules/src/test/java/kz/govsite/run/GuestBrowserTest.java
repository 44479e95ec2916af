package kz.govsite.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guest obeys the site's robots.txt and its Crawl-delay, says who it is, and leaves a site alone that
 * keeps failing; checking one's own site reads no robots.txt.
 */
@Tag("browser")
class GuestBrowserTest {
    private static final double DELAY_SECONDS = 0.4;

    @TempDir
    Path out;

    private static MisbehavingServer site() {
        var server = MisbehavingServer.start();
        server.route("/robots.txt", ex -> ex.send(200, "text/plain", """
                User-agent: *
                Disallow: /ru/search/
                Disallow: /*?print=Y
                Crawl-delay: %s
                """.formatted(DELAY_SECONDS)));
        server.page("/ru/", MisbehavingServer.htmlPage("Министерство", MisbehavingServer.links(List.of(
                "/ru/news/", "/ru/about/", "/ru/search/?q=налог", "/ru/news/?print=Y"))));
        server.page("/ru/news/", MisbehavingServer.htmlPage("Новости", MisbehavingServer.links(List.of("/ru/search/"))));
        server.page("/ru/about/", MisbehavingServer.htmlPage("О министерстве", ""));
        server.page("/ru/search/", MisbehavingServer.htmlPage("Поиск", ""));
        return server;
    }

    private Report crawl(MisbehavingServer server, boolean robots, String name) throws Exception {
        return crawl(server, robots, name, "/ru/");
    }

    private Report crawl(MisbehavingServer server, boolean robots, String name, String start) throws Exception {
        var crawl = new CrawlOptions(50, -1, List.of(), List.of(), Set.of(), 0)
                .asGuest(robots, "a11y@ministry.example.kz");
        var config = GovsiteConfig.builder()
                .startUrl(server.url(start))
                .checks(Set.of())
                .crawl(crawl)
                .browser(new BrowserOptions(null, null, null, 1280, 1024, Duration.ofSeconds(30), 1, List.of()))
                .report(new ReportOptions(out.resolve(name), Set.of("json"), "ru"))
                .failOn("none")
                .build();
        return SiteCheck.run(config, Progress.SILENT);
    }

    @Test
    void aGuestLeavesOutWhatRobotsTxtForbidsAndWaitsAsAsked() throws Exception {
        Browsers.requireChromium();
        try (var server = site()) {
            Report report = crawl(server, true, "guest");
            var urls = report.pages().stream().map(PageResult::url).toList();
            assertEquals(List.of(server.url("/ru/"), server.url("/ru/about/"), server.url("/ru/news/")), urls);
            assertTrue(server.requests().stream().noneMatch(r -> r.pathAndQuery().contains("search")
                    || r.pathAndQuery().contains("print")), "forbidden pages fetched: " + server.requestedPaths());
            String note = report.messages().stream().filter(m -> m.contains("robots.txt")).findFirst().orElseThrow();
            assertTrue(note.contains("forbids 3 pages"), note);

            var crawler = server.requests().stream().filter(r -> !r.fromBrowser()).toList();
            assertTrue(crawler.stream().allMatch(r -> r.userAgent().contains("govsite")
                    && r.userAgent().contains("a11y@ministry.example.kz")), "User-Agent: " + crawler);
            // From robots.txt on, every request waits the delay. The server stamps a request when a thread of
            // its pool takes it, which a busy machine can delay, and its list is in the order the threads got
            // there: a late stamp only shortens the gap before it and lengthens the one after, so the span
            // from robots.txt (answered before the delay was known) to the latest stamp holds all the gaps.
            var fromRobots = crawler.stream().dropWhile(r -> !r.pathAndQuery().equals("/robots.txt")).toList();
            long latest = fromRobots.stream().mapToLong(MisbehavingServer.Request::atNanos).max().orElseThrow();
            long spanMs = (latest - fromRobots.get(0).atNanos()) / 1_000_000;
            long gaps = fromRobots.size() - 1;
            // Thread.sleep(ms, ns) on Java 17 may drop up to half a millisecond of each pause.
            long expected = (long) (gaps * DELAY_SECONDS * 1000) - gaps;
            assertTrue(fromRobots.size() >= 4 && spanMs >= expected, "Crawl-delay not kept: " + spanMs
                    + " ms for " + gaps + " pauses of " + DELAY_SECONDS + " s: " + server.requestedPaths());
        }
    }

    @Test
    void theOwnersOwnCheckReadsNoRobotsTxtByDefault() throws Exception {
        Browsers.requireChromium();
        try (var server = site()) {
            Report report = crawl(server, false, "owner");
            assertEquals(6, report.pages().size(), "every page, robots.txt or not: " + report.pages());
            assertTrue(server.requests("/robots.txt").isEmpty());
        }
    }

    @Test
    void aSiteThatKeepsFailingIsLeftAloneWithOneFinding() throws Exception {
        Browsers.requireChromium();
        try (var server = MisbehavingServer.start()) {
            var links = new java.util.ArrayList<String>();
            for (int i = 1; i <= 40; i++) links.add("/ru/npa/" + i + "/");
            server.page("/ru/npa/", MisbehavingServer.htmlPage("Нормативные акты", MisbehavingServer.links(links)));
            server.fallback(ex -> ex.send(500, "text/html; charset=utf-8", MisbehavingServer.htmlPage("Ошибка", "")));
            Report report = crawl(server, false, "failing", "/ru/npa/");

            long asked = server.requests().stream().filter(r -> !r.fromBrowser()
                    && r.pathAndQuery().matches("/ru/npa/\\d+/")).count();
            assertEquals(kz.govsite.crawl.HostHealth.STOP_AFTER, asked, "requests after the site broke down");
            assertEquals(1, report.findings().stream().filter(f -> f.check().equals("site.unresponsive")).count());
            assertEquals(41, report.pages().size(), "every page is in the report, asked or not");
            String note = report.messages().stream().filter(m -> m.contains("stopped asking")).findFirst().orElseThrow();
            assertTrue(note.contains("20 pages were not checked"), note);
        }
    }
}
