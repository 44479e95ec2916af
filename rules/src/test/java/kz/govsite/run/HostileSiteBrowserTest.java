package kz.govsite.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kz.govsite.BrowserOptions;
import kz.govsite.CrawlOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.HostileSite;
import kz.govsite.testing.MisbehavingServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One crawl of a site that misbehaves in every way at once: each case ends as a finding or a note, and the run goes on. */
@Tag("browser")
class HostileSiteBrowserTest {
    static final int PAGE_TIMEOUT_SECONDS = 4;

    @TempDir
    static Path out;
    static MisbehavingServer server;
    static Report report;

    @BeforeAll
    static void crawlTheHostileSite() throws Exception {
        Browsers.requireChromium();
        server = HostileSite.serve(MisbehavingServer.start());
        var config = GovsiteConfig.builder()
                .startUrl(server.url("/"))
                .checks(Set.of("axe"))
                .crawl(CrawlOptions.defaults().withMaxPages(80))
                .browser(new BrowserOptions(null, null, null, 1280, 1024, Duration.ofSeconds(PAGE_TIMEOUT_SECONDS), 1,
                        List.of()))
                .report(new ReportOptions(out, Set.of("console", "json", "html", "junit", "sarif"), "ru"))
                .failOn("none")
                .build();
        report = SiteCheck.run(config, Progress.SILENT);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
    }

    @Test
    void theRunCompletesAndAccountsForEveryCase() {
        assertTrue(report.complete());
        for (String path : HostileSite.CASES) {
            assertTrue(report.pages().stream().anyMatch(p -> p.url().equals(server.url(path))), path + " is in the report");
        }
    }

    @Test
    void httpErrorsAreFindingsWithTheirStatus() {
        for (int status : List.of(404, 410, 500, 503)) {
            String path = Map.of(404, "/gone-404", 410, "/gone-410", 500, "/broken-500", 503, "/down-503").get(status);
            PageResult page = page(path);
            assertEquals("error", page.kind(), path);
            assertEquals(status, page.status(), path);
            Finding f = finding("site.http-error", path);
            assertEquals("the page answers HTTP " + status, f.message());
            assertEquals(Map.of("status", String.valueOf(status)), f.evidence());
        }
    }

    @Test
    void retryAfterIsHonouredOnceThenTheStatusIsReported() {
        assertEquals("page", page("/throttled").kind(), "429 then 200 after the wait: checked");
        var throttled = server.requests("/throttled").stream().filter(r -> !r.fromBrowser()).toList();
        assertEquals(2, throttled.size());
        long waitedMs = (throttled.get(1).atNanos() - throttled.get(0).atNanos()) / 1_000_000;
        assertTrue(waitedMs >= 950, "asked again only after Retry-After: 1, waited " + waitedMs + " ms");

        assertEquals(2, server.requests("/busy-503").size(), "asked once more after Retry-After: 1");
        assertEquals("the page answers HTTP 503", finding("site.http-error", "/busy-503").message());

        assertEquals(1, server.requests("/busy-503-long").size(), "an hour is not waited for");
        assertEquals("the page answers HTTP 503 and asks to come back in 3600 s, longer than govsite waits (30 s)",
                finding("site.http-error", "/busy-503-long").message());
    }

    @Test
    void aPageThatNeverFinishesLoadingTimesOut() {
        assertEquals("error", page("/never-ends").kind());
        assertEquals("the page did not finish loading within " + PAGE_TIMEOUT_SECONDS + " s",
                finding("site.timeout", "/never-ends").message());
        assertEquals("the page did not load within " + PAGE_TIMEOUT_SECONDS + " s",
                finding("site.timeout", "/slow-image").message(), "an image that never arrives holds the load event");
    }

    @Test
    void scriptsThatLoopForeverAreStoppedAndTheNextPageIsChecked() {
        assertEquals("the page did not load within " + PAGE_TIMEOUT_SECONDS + " s",
                finding("site.timeout", "/busy-loop").message());
        assertTrue(has("site.timeout", "/late-loop"), "a loop that starts after the load");
        assertEquals("page", page("/after-busy-loop").kind(), "a new browser took over");
        assertEquals("page", page("/chain-end").kind());
    }

    @Test
    void redirectChainsAreFollowedHopByHop() {
        assertEquals(server.url("/chain?n=1"), page("/redirect-chain").data().get("location"));
        assertEquals("redirect", page("/chain?n=3").kind());
        assertEquals("page", page("/chain-end").kind());
    }

    @Test
    void aRedirectLoopIsReportedOnceAndNotFollowed() {
        Finding loop = finding("site.redirect-loop", "/loop-a");
        assertEquals("the page redirects in a loop: " + server.url("/loop-a") + " → " + server.url("/loop-b") + " → "
                + server.url("/loop-a"), loop.message());
        assertEquals(1, server.requests("/loop-a").size());
        assertEquals(1, server.requests("/loop-b").size());
    }

    @Test
    void anEndlessRedirectChainStopsAfterTenHops() {
        Finding chain = finding("site.redirect-loop", "/endless-redirect?n=1");
        assertTrue(chain.message().startsWith("the page redirects more than 10 times: " + server.url("/endless-redirect?n=1")),
                chain.message());
        assertEquals(11, server.requests("/endless-redirect").size(), "the start and ten hops");
    }

    @Test
    void redirectsOutOfScopeOrToFilesAreRecordedNotFollowed() {
        assertTrue(report.messages().contains(server.url("/out-of-scope") + " redirects out of scope to http://localhost:"
                + server.port() + "/outside/redirected (recorded, not followed)"), report.messages().toString());
        assertTrue(report.messages().contains(server.url("/to-file")
                + " redirects to file:///etc/passwd, which is not a web page (not followed)"), report.messages().toString());
        assertEquals(List.of(), server.requests().stream().filter(r -> r.pathAndQuery().startsWith("/outside/redirected"))
                .toList());
    }

    @Test
    void filesServedAsHtmlAreRecordedAsDocumentsWithAFinding() {
        assertEquals("document", page("/pdf-as-html").kind());
        assertEquals("the server calls this text/html but sends application/pdf: browsers show it as a page of garbage "
                + "instead of opening the file", finding("site.wrong-content-type", "/pdf-as-html").message());
        assertTrue(report.documents().contains(server.url("/pdf-as-html")));
        assertEquals("application/octet-stream", finding("site.wrong-content-type", "/binary-as-html")
                .evidence().get("sniffedType"));
        assertFalse(server.requests("/pdf-as-html").stream().anyMatch(MisbehavingServer.Request::fromBrowser),
                "never shown in the browser");
    }

    @Test
    void onlyHttpLinksAreFollowed() {
        assertEquals("page", page("/schemes").kind());
        assertTrue(report.pages().stream().allMatch(p -> p.url().startsWith("http://")), "no other scheme is visited");
    }

    @Test
    void theBrowserNeverReadsLocalFiles() throws Exception {
        assertEquals("page", page("/file-access").kind(), "the page itself is checked in place");
        assertEquals(List.of(), server.requests().stream().filter(r -> r.pathAndQuery().startsWith("/outside/leak")).toList(),
                "no script could read /etc/passwd");
        assertEquals(1, server.requests("/file-blocked?by=fetch").size(), "fetch of a file: URL was refused");
        assertFalse(report.messages().stream().anyMatch(m -> m.contains("file:///etc/passwd") && m.contains("took the browser")));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(HostileSite.PASSWD_MARKER), file + " holds the build machine's /etc/passwd");
            }
        }
    }

    @Test
    void theBrowserSavesNoFileOnTheMachine() {
        assertEquals("page", page("/downloads").kind());
        assertTrue(server.requests("/attachment").stream().anyMatch(MisbehavingServer.Request::fromBrowser),
                "the page did ask for the attachment");
        for (Path folder : List.of(Path.of(System.getProperty("user.home"), "Downloads"), Path.of(System.getProperty("user.dir")))) {
            assertFalse(Files.exists(folder.resolve(HostileSite.DOWNLOAD_NAME)), folder + " got a download");
        }
    }

    @Test
    void dialogsAreDismissedAndThePagesChecked() {
        for (String path : List.of("/alert", "/confirm", "/beforeunload", "/after-beforeunload")) {
            assertEquals("page", page(path).kind(), path);
            assertFalse(has("site.check-error", path), path);
        }
        assertEquals("Confirm", page("/confirm").title(), "confirm() was answered no");
    }

    @Test
    void windowsOpenedByAPageAreClosedAndNotCrawled() {
        assertEquals("page", page("/popup").kind());
        assertFalse(has("site.check-error", "/popup"));
        assertFalse(report.pages().stream().anyMatch(p -> p.url().contains("/popup-window")),
                "a window the page opened is not a link");
    }

    @Test
    void aPageThatNavigatesAwayByScriptIsNotCheckedAsAnotherPage() {
        assertTrue(report.messages().contains(server.url("/navigates-away") + " took the browser out of the site to "
                + "http://localhost:" + server.port() + "/outside/navigated; not checked"), report.messages().toString());
        Finding leaving = finding("site.check-error", "/navigates-while-checked");
        assertEquals("the axe check failed on this page, so its results are missing: the page went on to "
                + server.url("/landing") + " by itself while it was being checked", leaving.message());
    }

    @Test
    void aPageThatSendsTheBrowserToAnUnreachableHostIsARedirectNotALoadError() {
        assertTrue(report.messages().contains(server.url("/refresh-unreachable") + " sent the browser out of the site to "
                + "http://portal.invalid/ru/, which did not load; not checked"), report.messages().toString());
        assertTrue(report.messages().contains(server.url("/script-unreachable") + " sent the browser out of the site to "
                + "http://egov.invalid/kk/, which did not load; not checked"), report.messages().toString());
        for (String path : List.of("/refresh-unreachable", "/script-unreachable")) {
            assertEquals("redirect", page(path).kind(), path);
            assertFalse(has("site.load-error", path), path);
        }
    }

    @Test
    void oldCharsetsAndBrokenMarkupAreRead() {
        assertEquals("Министерство финансов", page("/cp1251-meta").title());
        assertEquals("Министерство финансов", page("/cp1251-bare").title(), "no charset anywhere: detected as cp1251");
        assertEquals("page", page("/broken-markup").kind());
        assertEquals("page", page("/broken-markup-target").kind(), "links are found in broken markup");
    }

    private static PageResult page(String path) {
        return report.pages().stream().filter(p -> p.url().equals(server.url(path))).findFirst()
                .orElseThrow(() -> new AssertionError(path + " is not in the report: " + server.requestedPaths()));
    }

    private static boolean has(String check, String path) {
        return report.findings().stream().anyMatch(f -> f.check().equals(check) && f.url().equals(server.url(path)));
    }

    private static Finding finding(String check, String path) {
        return report.findings().stream().filter(f -> f.check().equals(check) && f.url().equals(server.url(path)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + check + " on " + path + " in "
                        + report.findings().stream().filter(f -> f.check().startsWith("site.")).map(f -> f.check() + " "
                        + f.url() + " " + f.message()).toList()));
    }
}
