package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site with the real bvi 1.0.2 from npm, served under the mapped host name as govsite.siteDirectory does. */
@Tag("browser")
class BviSiteBrowserTest {
    private static final String SITE = "http://site.test";

    @TempDir
    static Path work;
    static Report report;

    @BeforeAll
    static void checkTheSite() throws Exception {
        Browsers.requireChromium();
        Path site = BviPlugin.siteWithPlugin(Fixtures.site("lowvision-bvi"), work.resolve("site"));
        var config = GovsiteConfig.builder()
                .siteDirectory(site)
                .checks(Set.of("axe", "lowvision"))
                .report(ReportOptions.defaults(work.resolve("out")))
                .build();
        report = SiteCheck.run(config, Progress.SILENT);
        report.pages().stream().filter(PageResult::isPage).forEach(p -> System.out.println(
                "lowvision (bvi) " + p.url() + " took " + lowVision(p).get("ms") + " ms"));
    }

    @Test
    void reportsEachPlantedDefectOnItsPageAndNothingOnCleanPages() {
        Set<String> expected = new TreeSet<>(Set.of(
                "lowvision.contrast " + SITE + "/dark-block.html",
                "lowvision.content-hidden " + SITE + "/hidden-on-purpose.html",
                "lowvision.panel-language " + SITE + "/kk/"));
        Set<String> actual = report.findings().stream().filter(f -> f.family().equals("lowvision"))
                .map(f -> f.check() + " " + f.url()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
    }

    @Test
    void recognisesBviAndChecksItsFiveSchemesOnEveryPage() {
        for (PageResult page : report.pages().stream().filter(PageResult::isPage).toList()) {
            Map<?, ?> lv = lowVision(page);
            assertEquals(".bvi-open", lv.get("toggle"), page.url());
            assertEquals(true, lv.get("active"), page.url());
            assertEquals("[data-bvi=\"close\"]", lv.get("returnControl"), page.url());
            assertEquals(true, lv.get("returnRestores"), page.url());
            assertEquals(true, lv.get("persistent"), page.url());
            assertEquals(Map.of("normal", 16.0, "lowVision", 16.0, "largest", 39.0), lv.get("baseFontPx"), page.url());
            var schemes = ((List<?>) lv.get("schemes")).stream().map(s -> ((Map<?, ?>) s).get("name")).toList();
            assertEquals(List.of("white", "black", "blue", "brown", "green"), schemes, page.url());
        }
    }

    @Test
    void namesTheSchemesUnderWhichContrastFails() {
        Finding contrast = report.findings().stream().filter(f -> f.check().equals("lowvision.contrast"))
                .findFirst().orElseThrow();
        assertEquals("in the low-vision mode (colour schemes black, green): Elements must meet minimum color "
                + "contrast ratio thresholds [color-contrast]", contrast.message());
        assertEquals("black,green", contrast.evidence().get("schemes"));
        assertTrue(contrast.snippet().contains("bvi-no-styles"), contrast.snippet());
        var perScheme = ((List<?>) lowVision(page("/dark-block.html")).get("schemes")).stream()
                .map(s -> ((Map<?, ?>) s).get("name") + "=" + ((Map<?, ?>) s).get("contrastFailures")).toList();
        assertEquals(List.of("white=0", "black=1", "blue=0", "brown=0", "green=1"), perScheme);
    }

    @Test
    void contentHiddenOnPurposeWithBviHideIsMinor() {
        Finding hidden = report.findings().stream().filter(f -> f.check().equals("lowvision.content-hidden"))
                .findFirst().orElseThrow();
        assertEquals(Severity.MINOR, hidden.severity());
        assertEquals("the site hides on purpose in the low-vision mode 3 words («декоративный», «слайдер», "
                + "«фотографиями»)", hidden.message());
    }

    @Test
    void aKazakhPageWithBvisRussianPanelIsReported() {
        Finding language = report.findings().stream().filter(f -> f.check().equals("lowvision.panel-language"))
                .findFirst().orElseThrow();
        assertEquals(Map.of("pageLanguage", "kk", "panelLanguage", "ru"), language.evidence());
        assertTrue(language.message().startsWith("the page is in Kazakh but the low-vision panel speaks Russian: "
                + "«Размер шрифта"), language.message());
    }

    private static PageResult page(String path) {
        return report.pages().stream().filter(p -> p.url().equals(SITE + path)).findFirst().orElseThrow();
    }

    private static Map<?, ?> lowVision(PageResult page) {
        return (Map<?, ?>) page.data().get("lowVision");
    }
}
