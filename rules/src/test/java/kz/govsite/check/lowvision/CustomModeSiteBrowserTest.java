package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** A site with a hand-written mode (a class on html, kept in localStorage) and one planted defect per page. */
@Tag("browser")
class CustomModeSiteBrowserTest {
    private static final String SITE = "http://site.test";

    @TempDir
    static Path out;
    static Report report;

    @BeforeAll
    static void checkTheSite() throws Exception {
        Browsers.requireChromium();
        var config = GovsiteConfig.builder()
                .siteDirectory(Fixtures.site("lowvision-custom"))
                .checks(Set.of("axe", "lowvision"))
                .report(ReportOptions.defaults(out))
                .build();
        report = SiteCheck.run(config, Progress.SILENT);
        report.pages().stream().filter(PageResult::isPage).forEach(p -> System.out.println(
                "lowvision " + p.url() + " took " + ((Map<?, ?>) p.data().get("lowVision")).get("ms") + " ms"));
    }

    @Test
    void reportsEachPlantedDefectOnItsPageAndNothingOnCleanPages() {
        Set<String> expected = new TreeSet<>(Set.of(
                "lowvision.toggle-missing " + SITE + "/no-toggle.html",
                "lowvision.toggle-ineffective " + SITE + "/ineffective.html",
                "lowvision.not-persistent " + SITE + "/not-persistent.html",
                "lowvision.return-missing " + SITE + "/no-return.html",
                "lowvision.return-ineffective " + SITE + "/return-broken.html",
                "lowvision.font-size " + SITE + "/small-print.html",
                "lowvision.font-size " + SITE + "/fixed-size.html",
                "lowvision.contrast " + SITE + "/low-contrast.html",
                "lowvision.content-hidden " + SITE + "/hidden-content.html",
                "lowvision.reflow " + SITE + "/reflow.html",
                "lowvision.text-spacing " + SITE + "/spacing.html",
                "lowvision.panel-language " + SITE + "/kk/panel.html"));
        Set<String> actual = report.findings().stream().filter(f -> f.family().equals("lowvision"))
                .map(f -> f.check() + " " + f.url()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
    }

    @Test
    void contrastThatAlsoFailsInTheNormalVersionIsLeftToAxe() {
        assertTrue(has("axe.color-contrast", SITE + "/contrast-both.html"));
        assertFalse(has("lowvision.contrast", SITE + "/contrast-both.html"));
        Finding contrast = only("lowvision.contrast");
        assertEquals(".notice", contrast.selector());
        assertEquals("in the low-vision mode: Elements must meet minimum color contrast ratio thresholds "
                + "[color-contrast]", contrast.message());
        assertEquals(Severity.SERIOUS, contrast.severity());
    }

    @Test
    void textTooSmallInTheModeNamesTheElementAndItsSize() {
        Finding small = onPage("lowvision.font-size", "/small-print.html");
        assertEquals("body > main > p:nth-of-type(2)", small.selector());
        assertEquals("in the low-vision mode text «Сноска набрана слишком мелко.» is 15.6 px, smaller than 16 px",
                small.message());
        assertEquals(Severity.MODERATE, small.severity());
    }

    @Test
    void textThatCannotGrowReportsItsSizesInBothModesAndTheLargestReached() {
        Finding fixed = onPage("lowvision.font-size", "/fixed-size.html");
        assertEquals("in the low-vision mode text «Правовая оговорка остаётся одного размера.» cannot reach 32 px: "
                + "it is 16 px normally, 18 px in the mode, and at most 18 px with the mode's size controls",
                fixed.message());
        assertEquals(Map.of("normalPx", "16", "modePx", "18", "largestPx", "18", "targetPx", "32"), fixed.evidence());
    }

    @Test
    void hiddenContentNamesTheMissingWordsAndDocument() {
        Finding hidden = onPage("lowvision.content-hidden", "/hidden-content.html");
        assertEquals("in the low-vision mode 7 words («годовой», «бюджет», «министерства», «отчет», «об», "
                + "«исполнении», «бюджета»), 1 link (http://site.test/docs/budget.pdf) of the normal version are "
                + "missing or hidden", hidden.message());
        assertEquals(Severity.SERIOUS, hidden.severity());
    }

    @Test
    void reflowAndTextSpacingNameTheBoxesAtFault() {
        Finding reflow = onPage("lowvision.reflow", "/reflow.html");
        assertEquals("body > main > div", reflow.selector());
        assertEquals("640", reflow.evidence().get("viewportPx"));
        Finding spacing = onPage("lowvision.text-spacing", "/spacing.html");
        assertEquals("body > main > p:nth-of-type(2) > span", spacing.selector());
        assertEquals("in the low-vision mode, with the WCAG 1.4.12 text spacing applied, text «Приёмграждан» is cut "
                + "off: 96 px of text in a 77 px high box", spacing.message());
    }

    @Test
    void theWayBackAndPersistenceDefectsNameTheControlAndTheNextPage() {
        assertEquals("clicking «Обычная версия сайта» in the low-vision mode did not bring back the normal version",
                onPage("lowvision.return-ineffective", "/return-broken.html").message());
        assertEquals(Map.of("nextUrl", SITE + "/about.html"),
                onPage("lowvision.not-persistent", "/not-persistent.html").evidence());
        assertEquals("the page is in Kazakh but the low-vision panel speaks Russian: «Обычная версия сайта»",
                onPage("lowvision.panel-language", "/kk/panel.html").message());
    }

    @Test
    void recordsTheModePerPageWithScreenshotsInReportJson() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Files.readString(out.resolve("report.json")));
        JsonNode index = null;
        for (JsonNode page : json.path("pages")) {
            if (page.path("url").asText().equals(SITE + "/")) index = page.path("lowVision");
        }
        assertEquals("body > header > button", index.path("toggle").asText());
        assertTrue(index.path("active").asBoolean());
        assertEquals(16.0, index.path("baseFontPx").path("normal").asDouble());
        assertEquals(24.0, index.path("baseFontPx").path("lowVision").asDouble());
        assertEquals(56.0, index.path("baseFontPx").path("largest").asDouble());
        assertTrue(index.path("persistent").asBoolean());
        assertTrue(index.path("returnRestores").asBoolean());
        assertEquals(0, index.path("schemes").size());
        for (String mode : new String[] {"normal", "lowVision"}) {
            Path png = out.resolve(index.path("screenshots").path(mode).asText());
            byte[] head = Files.readAllBytes(png);
            assertEquals((byte) 0x89, head[0], png + " is a PNG");
            assertEquals('P', head[1]);
        }
        JsonNode missing = null;
        for (JsonNode page : json.path("pages")) {
            if (page.path("url").asText().endsWith("/no-toggle.html")) missing = page.path("lowVision");
        }
        assertTrue(missing.has("toggle") && missing.path("toggle").isNull(), missing.toString());
        assertFalse(missing.path("active").asBoolean());
    }

    @Test
    void findsAnIconOnlyOpenerByItsAccessibleName() {
        var about = report.pages().stream().filter(p -> p.url().equals(SITE + "/about.html")).findFirst().orElseThrow();
        var lowVision = (Map<?, ?>) about.data().get("lowVision");
        assertEquals("body > header > a", lowVision.get("toggle"));
        assertEquals(true, lowVision.get("active"));
    }

    @Test
    void putsTheSiteStateBackSoThatNoPageInheritsTheTextSizeAnEarlierOneChose() {
        // lv.js remembers the size chosen with A+ even after "normal version"; the check grows the
        // text on every page, so without putting localStorage back the next page would start large.
        for (PageResult page : report.pages().stream().filter(PageResult::isPage).toList()) {
            var lowVision = (Map<?, ?>) page.data().get("lowVision");
            if (!Boolean.TRUE.equals(lowVision.get("active"))) continue;
            assertEquals(24.0, ((Map<?, ?>) lowVision.get("baseFontPx")).get("lowVision"), page.url());
        }
    }

    @Test
    void leavesEveryPageInTheNormalVersionForTheNextOne() {
        // Pages are visited one after another in one session: had the mode stayed on, the next page's
        // normal measurement would already show it and its toggle would look ineffective.
        var ineffective = report.findings().stream().filter(f -> f.check().equals("lowvision.toggle-ineffective"))
                .map(Finding::url).toList();
        assertEquals(java.util.List.of(SITE + "/ineffective.html"), ineffective);
    }

    private static boolean has(String check, String url) {
        return report.findings().stream().anyMatch(f -> f.check().equals(check) && f.url().equals(url));
    }

    private static Finding only(String check) {
        var found = report.findings().stream().filter(f -> f.check().equals(check)).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static Finding onPage(String check, String path) {
        return report.findings().stream().filter(f -> f.check().equals(check) && f.url().equals(SITE + path))
                .findFirst().orElseThrow(() -> new AssertionError(check + " on " + path));
    }
}
