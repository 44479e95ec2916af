package kz.govsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("browser")
class SiteCheckBrowserTest {
    @TempDir
    static Path out;
    static Report report;

    @BeforeAll
    static void checkTheBasicSite() throws Exception {
        Browsers.requireChromium();
        var config = GovsiteConfig.builder()
                .siteDirectory(Fixtures.site("basic"))
                .checks(Set.of("axe"))
                .report(ReportOptions.defaults(out))
                .build();
        report = SiteCheck.run(config, Progress.SILENT);
    }

    @Test
    void crawlsEveryLinkedPageOnceAndRecordsDocumentsWithoutRendering() {
        List<String> pages = report.pages().stream().filter(PageResult::isPage).map(PageResult::url).toList();
        assertEquals(List.of("http://site.test/", "http://site.test/kk/", "http://site.test/ru/",
                "http://site.test/ru/news.html", "http://site.test/ru/news.html?page=1",
                "http://site.test/ru/news.html?page=2"), pages);
        assertEquals(List.of("http://site.test/ru/docs/order.pdf"), report.documents());
    }

    @Test
    void reportsABrokenLinkAsAnHttpError() {
        var missing = report.pages().stream().filter(p -> p.url().endsWith("/ru/missing.html")).findFirst().orElseThrow();
        assertEquals(404, missing.status());
        assertTrue(report.findings().stream().anyMatch(f -> f.check().equals("site.http-error")
                && f.url().equals("http://site.test/ru/missing.html")));
    }

    @Test
    void reportsEachPlantedAxeViolationOnItsPage() {
        assertTrue(has("axe.image-alt", "http://site.test/ru/news.html"), "image-alt on the news page");
        assertTrue(has("axe.button-name", "http://site.test/kk/"), "button-name on the kk page");
        assertTrue(has("axe.target-size", "http://site.test/ru/news.html"),
                "target-size runs when wcag22aa is asked for, though axe disables it by default");
        Finding imageAlt = report.findings().stream().filter(f -> f.check().equals("axe.image-alt")).findFirst().orElseThrow();
        assertEquals("img", imageAlt.selector());
        assertEquals(List.of("1.1.1"), imageAlt.wcag());
        assertTrue(imageAlt.helpUrl().startsWith("https://dequeuniversity.com/rules/axe/4.11/image-alt"), imageAlt.helpUrl());
        assertTrue(imageAlt.snippet().startsWith("<img src=\"/photo.png\""), imageAlt.snippet());
    }

    @Test
    void cleanPagesHaveNoAxeFindings() {
        assertFalse(report.findings().stream().anyMatch(f -> f.family().equals("axe")
                && f.url().equals("http://site.test/ru/")));
    }

    @Test
    void writesReportJsonNamingAxeVersionAndTheRulesThatRan() throws Exception {
        String json = Files.readString(out.resolve("report.json"));
        assertTrue(json.contains("\"version\" : \"4.11"), "axe version in report.json");
        @SuppressWarnings("unchecked")
        var rules = (List<String>) report.axe().get("rules");
        assertTrue(rules.contains("target-size"), rules + " wcag22aa asks for target-size, which axe disables by default");
        assertTrue(rules.contains("image-alt"));
        assertFalse(rules.contains("color-contrast-enhanced"), "AAA rules are not asked for");
    }

    private static boolean has(String check, String url) {
        return report.findings().stream().anyMatch(f -> f.check().equals(check) && f.url().equals(url));
    }
}
