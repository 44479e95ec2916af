package kz.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.govsite.BrowserOptions;
import kz.govsite.browser.AxeScript;
import kz.govsite.browser.BrowserSession;
import kz.govsite.browser.SessionFactory;
import kz.govsite.testing.Browsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kz.govsite.browser.AxeRun;

/** Opens report.html in real Chromium: content is there, page payloads stay text, axe finds nothing. */
@Tag("browser")
class HtmlReportBrowserTest {
    @TempDir
    static Path dir;
    static BrowserSession session;

    @BeforeAll
    static void startBrowser() {
        Browsers.requireChromium();
        session = SessionFactory.forOptions(BrowserOptions.defaults(), Map.of()).open();
    }

    @AfterAll
    static void stopBrowser() {
        if (session != null) session.close();
    }

    private static void open(Report report, String language) throws Exception {
        Path file = dir.resolve(language + "-" + HtmlReportWriter.FILE_NAME);
        Files.writeString(file, HtmlReportWriter.toHtml(report, ReportText.of(language)));
        session.open(file.toUri().toString());
    }

    @Test
    void showsVerdictGroupsAndPairsAndRunsNoInjectedCode() throws Exception {
        open(SampleReports.withBaseline(), "ru");
        assertEquals("Отчёт govsite о доступности сайта", session.driver().getTitle());
        String text = String.valueOf(session.script("return document.body.innerText"));
        assertTrue(text.contains("Сборка не проходит\n\nЗамечаний не ниже уровня «серьёзная», из-за которых сборка не проходит: 2"), text);
        assertTrue(text.contains("на 3 стр."), text);
        assertEquals(2L, session.script("return document.querySelectorAll('#pairs ~ table tbody tr').length"));
        assertEquals("undefined", session.script("return typeof window.__pwned"));
        assertEquals(0L, session.script("return document.querySelectorAll('img[onerror], script:not(:last-of-type)').length"));
        String shownTitle = String.valueOf(session.script(
                "return Array.from(document.querySelectorAll('#all-pages ~ table td')).map(function (td) { return td.textContent; }).join('|')"));
        assertTrue(shownTitle.contains(SampleReports.XSS_TITLE), "the hostile title is shown as text: " + shownTitle);
    }

    @Test
    void filtersHideRulesOfOtherSeveritiesAndPages() throws Exception {
        open(SampleReports.plain(), "en");
        session.script("var s = document.getElementById('f-severity'); s.value = 'critical'; s.dispatchEvent(new Event('change'));");
        assertEquals(List.of("axe.image-alt"), visibleRules());
        session.script("var s = document.getElementById('f-severity'); s.value = ''; s.dispatchEvent(new Event('change'));"
                + "var p = document.getElementById('f-page'); p.value = '/kk/'; p.dispatchEvent(new Event('input'));");
        assertEquals(List.of("axe.link-name", "axe.region"), visibleRules().stream().sorted().toList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> visibleRules() {
        return (List<String>) session.script("return Array.from(document.querySelectorAll('[data-rule]'))"
                + ".filter(function (g) { return !g.hidden; }).map(function (g) { return g.getAttribute('data-rule'); })");
    }

    @Test
    void theReportItselfPassesAxeInEveryLanguage() throws Exception {
        for (String language : List.of("kk", "ru", "en")) {
            // With a baseline, and with a section of items to review.
            open(language.equals("ru") ? SampleReports.withReviewItem(false) : SampleReports.withBaseline(), language);
            session.script("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
            var options = new AxeRun(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"),
                    List.of(), List.of(), List.of());
            var result = AxeScript.run(session, options, Map.of("color-contrast-enhanced", true));
            assertEquals(List.of(), result.violations().stream()
                    .map(v -> v.id() + " " + v.nodes().stream().map(n -> String.join(" ", n.target())).toList()).toList(),
                    language);
        }
    }
}
