package kz.govsite.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import kz.govsite.check.axe.AxeOptions;
import kz.govsite.BrowserOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.browser.AxeScript;
import kz.govsite.browser.BrowserSession;
import kz.govsite.browser.SessionFactory;
import kz.govsite.crawl.StaticSiteServer;
import kz.govsite.page.PageResult;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** A real audit (axe and parity) of two fixture folders and a closed port, then its audit.html in Chromium. */
@Tag("browser")
class AuditBrowserTest {
    @TempDir
    static Path dir;
    static AuditResult result;
    static double previousBasic = 40.0;
    static double previousClean = 90.0;

    @BeforeAll
    static void auditTwoFoldersAndAClosedPort() throws Exception {
        Browsers.requireChromium();
        Path registry = dir.resolve("agencies.yaml");
        Files.writeString(registry, """
                sites:
                  - id: basic
                    name: { kk: "Сынақ министрлігі", ru: "Министерство тестов" }
                    siteDirectory: %s
                  - id: clean
                    name: { kk: "Үлгілі агенттік", ru: "Образцовое агентство" }
                    siteDirectory: %s
                  - id: closed
                    name: { kk: "Жабық комитет", ru: "Закрытый комитет" }
                    urls: http://127.0.0.1:9/
                """.formatted(Fixtures.site("basic"), Fixtures.site("audit-clean")));
        // A month-old audit in the history, so that the ranking has changes and trends to show.
        var lastMonth = java.time.Instant.now().minus(30, ChronoUnit.DAYS);
        AuditHistory.append(dir.resolve("history"), new HistoryEntry(lastMonth, ScoreCard.SCORE_VERSION, Map.of(
                "basic", new HistoryEntry.Site(Map.of(ScoreKind.OVERALL, previousBasic,
                        ScoreKind.ACCESSIBILITY, previousBasic), 6, ""),
                "clean", new HistoryEntry.Site(Map.of(ScoreKind.OVERALL, previousClean,
                        ScoreKind.ACCESSIBILITY, previousClean), 2, ""))));
        GovsiteConfig base = GovsiteConfig.builder()
                .checks(Set.of("axe", "parity"))
                .browser(new BrowserOptions(null, null, null, 1280, 900, Duration.ofSeconds(30), 1, List.of()))
                .report(new ReportOptions(dir.resolve("unused"), Set.of("json"), "ru"))
                .buildShared();
        var settings = new AuditSettings(dir.resolve("out"), dir.resolve("history"), 2, ScoreWeights.equal(),
                OptionalDouble.empty(), false);
        result = Audit.run(new RegistryReader().read(registry), base, settings, Progress.SILENT);
    }

    private static RankedSite site(String id) {
        return result.ranking().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void ranksTheSiteWithFindingsBelowTheCleanOneAndListsTheClosedOneWithItsError() {
        assertEquals(List.of("basic", "clean", "closed"), result.ranking().stream().map(RankedSite::id).toList());
        assertEquals(100.0, site("clean").result().score(ScoreKind.ACCESSIBILITY));
        assertEquals(100.0, site("clean").result().score(ScoreKind.PARITY), "every page has its twin");
        assertEquals(100.0, site("clean").result().score(ScoreKind.OVERALL));
        assertTrue(site("basic").result().score(ScoreKind.OVERALL) < 100.0);
        SiteResult closed = site("closed").result();
        assertEquals(false, closed.isScored());
        assertTrue(closed.error().startsWith("the start URL cannot be reached: http://127.0.0.1:9/"), closed.error());
    }

    @Test
    void sitesServedAtOnceUnderTheSameHostNameEachCheckTheirOwnFolder() {
        List<String> basicPages = site("basic").result().report().pages().stream().filter(PageResult::isPage)
                .map(PageResult::url).toList();
        assertTrue(basicPages.contains("http://site.test/ru/news.html"), basicPages.toString());
        List<String> cleanPages = site("clean").result().report().pages().stream().filter(PageResult::isPage)
                .map(PageResult::url).toList();
        assertEquals(List.of("http://site.test/", "http://site.test/kk/", "http://site.test/kk/about.html",
                "http://site.test/ru/", "http://site.test/ru/about.html"), cleanPages);
        assertTrue(site("clean").result().report().pages().stream().filter(PageResult::isPage)
                .allMatch(p -> p.title().endsWith("Образцовое агентство") || p.title().endsWith("Үлгілі агенттік")));
        assertTrue(Files.isRegularFile(dir.resolve("out/sites/basic/report.json")));
        assertEquals("sites/clean/report.html", site("clean").result().reportLink(), "the link goes to the readable report");
        assertTrue(Files.isRegularFile(dir.resolve("out/sites/clean/report.html")));
    }

    @Test
    void eachAgencyGetsItsOwnReportInBothStateLanguagesLinkedFromTheAudit() throws Exception {
        for (String language : List.of("kk", "ru")) {
            String html = Files.readString(dir.resolve("out/sites/basic/report." + language + ".html"));
            assertTrue(html.contains("<html lang=\"" + language + "\">"), language);
            assertTrue(html.contains("http://site.test/ru/news.html"), "the agency's own pages");
        }
        String audit = Files.readString(result.files().get("html"));
        assertTrue(audit.contains("href=\"sites/basic/report.kk.html\" hreflang=\"kk\" lang=\"kk\">Қазақша"), audit);
        assertTrue(audit.contains("href=\"sites/basic/report.ru.html\""));
        assertTrue(Files.notExists(dir.resolve("out/sites/closed/report.kk.html")), "no report for a site never checked");
    }

    @Test
    void showsTheChangeSinceTheAuditInTheHistoryAndAddsThisOne() throws Exception {
        assertEquals(10.0, site("clean").change(ScoreKind.OVERALL));
        double basic = site("basic").result().score(ScoreKind.OVERALL);
        assertEquals(Score.round(basic - previousBasic), site("basic").change(ScoreKind.OVERALL));
        assertEquals(List.of(previousClean, 100.0), site("clean").trend().stream().map(TrendPoint::overall).toList());
        assertEquals(2, AuditHistory.read(dir.resolve("history"), Progress.SILENT).size());
    }

    @Test
    void auditHtmlPassesAxeAndSortsInTheBrowser() throws Exception {
        try (var server = StaticSiteServer.start(dir.resolve("out"));
             BrowserSession session = SessionFactory.forOptions(
                     new BrowserOptions(null, null, null, 1280, 900, Duration.ofSeconds(30), 1, List.of()),
                     server.hostMapping()).open()) {
            session.open(server.baseUrl() + "audit.html");
            var axe = AxeScript.run(session, AxeOptions.defaults().run(), AxeScript.noOverrides());
            assertEquals(List.of(), axe.violations().stream().map(v -> v.id() + " " + v.nodes()).toList());
            Path png = Path.of("target", "audit-html.png");
            Files.createDirectories(png.getParent());
            Files.write(png, session.screenshot());

            assertEquals(List.of("site-basic", "site-clean", "site-closed"), rowIds(session));
            click(session, "Общая");
            assertEquals(List.of("site-basic", "site-clean", "site-closed"), rowIds(session), "ascending, n/a last");
            click(session, "Общая");
            assertEquals(List.of("site-clean", "site-basic", "site-closed"), rowIds(session), "descending, n/a last");
            assertEquals("descending", session.driver().findElement(By.xpath("//th[button='Общая']"))
                    .getAttribute("aria-sort"));
            click(session, "Сайт");
            assertEquals(List.of("site-closed", "site-basic", "site-clean"), rowIds(session),
                    "Закрытый, Министерство, Образцовое");
        }
    }

    private static void click(BrowserSession session, String heading) {
        session.driver().findElement(By.xpath("//th/button[.='" + heading + "']")).click();
    }

    @SuppressWarnings("unchecked")
    private static List<String> rowIds(BrowserSession session) {
        return (List<String>) session.script(
                "return Array.from(document.querySelectorAll('#ranking tbody tr')).map(function (r) { return r.id; });");
    }
}
