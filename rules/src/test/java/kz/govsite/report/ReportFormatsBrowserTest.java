package kz.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.govsite.BrowserOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.browser.AxeScript;
import kz.govsite.browser.BrowserSession;
import kz.govsite.browser.SessionFactory;
import kz.govsite.finding.Baseline;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import kz.govsite.testing.Schemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kz.govsite.browser.AxeRun;

/** A real run over a site whose pages carry script payloads, writing every format; each is read back and validated. */
@Tag("browser")
class ReportFormatsBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path out;
    static Report report;

    @BeforeAll
    static void checkTheHostileSite() throws Exception {
        Browsers.requireChromium();
        var config = GovsiteConfig.builder()
                .siteDirectory(Fixtures.site("hostile"))
                .checks(Set.of("axe"))
                .report(ReportOptions.defaults(out).withFormats(ReportOptions.KNOWN_FORMATS).withReportLanguage("kk"))
                .build();
        report = SiteCheck.run(config, Progress.SILENT);
    }

    @Test
    void writesEveryFormat() {
        assertEquals(Set.of("json", "html", "junit", "sarif"), report.files().keySet());
        assertTrue(report.findings().stream().anyMatch(f -> f.check().equals("axe.image-alt")));
    }

    @Test
    void reportJsonAndSarifValidateAgainstTheirSchemas() throws Exception {
        assertEquals(List.of(), Schemas.errors(Schemas.reportJson(), JSON.readTree(out.resolve("report.json").toFile())));
        assertEquals(List.of(), Schemas.errors(Schemas.sarif(), JSON.readTree(out.resolve("govsite.sarif").toFile())));
    }

    @Test
    void junitCountsOneCasePerPage() throws Exception {
        var doc = JUnitReportWriterTest.parse(Files.readAllBytes(out.resolve("TEST-govsite.xml")));
        var axe = JUnitReportWriterTest.suite(doc, "govsite.axe");
        assertEquals("2", axe.getAttribute("tests"));
        assertEquals("2", axe.getAttribute("failures"), "image-alt is critical on both pages");
    }

    @Test
    void theHtmlReportShowsThePayloadsAsTextAndPassesAxe() throws Exception {
        try (BrowserSession session = SessionFactory.forOptions(BrowserOptions.defaults(), Map.of()).open()) {
            session.open(out.resolve("report.html").toUri().toString());
            session.script("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
            assertEquals("undefined", session.script("return typeof window.__pwned"));
            assertEquals(1L, session.script("return document.scripts.length"));
            String text = String.valueOf(session.script("return document.body.innerText"));
            assertTrue(text.contains("Главная <script>window.__pwned=1</script>"), text);
            assertTrue(text.contains("Суреттердің балама мәтіні болуы керек"), "the Kazakh rule summary");
            var result = AxeScript.run(session, new AxeRun(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                    "wcag22aa", "best-practice"), List.of(), List.of(), List.of()), Map.of());
            assertEquals(List.of(), result.violations().stream().map(AxeScript.Violation::id).toList());
        }
    }

    @Test
    void aBaselineOfThisRunMakesTheSameRunPassAndSaysSo() throws Exception {
        Path file = out.resolve("baseline").resolve(Baseline.FILE_NAME);
        var written = BaselineWriter.write(report, file);
        assertEquals(report.findings().size(), written.findings());
        Path second = out.resolve("second");
        var config = GovsiteConfig.builder()
                .siteDirectory(Fixtures.site("hostile"))
                .checks(Set.of("axe"))
                .report(new ReportOptions(second, Set.of("json"), "ru").withBaseline(file))
                .build();
        var again = SiteCheck.run(config, Progress.SILENT);
        assertFalse(again.verdict().fails(), again.verdict().summary());
        assertEquals("passed: no new finding at or above serious; baseline: 0 new, " + report.findings().size()
                + " known, 0 fixed since baseline", again.verdict().summary());
        var json = JSON.readTree(second.resolve("report.json").toFile());
        assertEquals("known", json.path("findings").get(0).path("baseline").asText());
        assertEquals(List.of(), Schemas.errors(Schemas.reportJson(), json));
    }
}
