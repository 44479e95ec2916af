package kz.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import kz.govsite.check.parity.Pair;
import kz.govsite.internal.Html;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
    private static final String RU = HtmlReportWriter.toHtml(SampleReports.plain(), ReportText.of("ru"));

    @Test
    void pageTextNeverBecomesMarkup() {
        for (String lang : List.of("kk", "ru", "en")) {
            String html = HtmlReportWriter.toHtml(SampleReports.withBaseline(), ReportText.of(lang));
            assertFalse(html.contains("<script>window"), lang);
            assertFalse(html.contains("<img src=y"), lang);
            assertFalse(html.contains("<img src=z"), lang);
            assertTrue(html.contains("&lt;img src=y onerror=&quot;window.__pwned=2&quot;&gt;"), lang);
            // Only the report's own script element exists.
            assertEquals(1, Pattern.compile("<script").matcher(html).results().count(), lang);
        }
    }

    @Test
    void groupsAHeaderDefectOnceWithItsPageCount() {
        int first = RU.indexOf("data-rule=\"axe.link-name\"");
        assertTrue(first > 0);
        assertEquals(-1, RU.indexOf("data-rule=\"axe.link-name\"", first + 1), "one group for the rule");
        assertTrue(RU.contains("Ссылки должны содержать различимый текст"), "axe-core's Russian help");
        assertTrue(RU.contains("на 3 стр."));
        assertTrue(RU.contains("<a href=\"https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html\">WCAG 1.1.1</a>"));
    }

    @Test
    void speaksKazakhWithOurSummariesAndMarksRussianFallbacks() {
        String kk = HtmlReportWriter.toHtml(SampleReports.plain(), ReportText.of("kk"));
        assertTrue(kk.startsWith("<!DOCTYPE html>\n<html lang=\"kk\">"));
        assertTrue(kk.contains("Сілтемелердің мағынасы түсінікті мәтіні болуы керек"), "our Kazakh summary");
        assertTrue(kk.contains("Ережелер бойынша ескертулер"));
        var help = RuleHelp.of("axe.accesskeys", "kk", "accesskey attribute value should be unique");
        assertEquals(new RuleHelp.Help("Значение атрибута accesskey должно быть уникальным", "in.russian"), help);
        assertEquals("in.english", RuleHelp.of("axe.some-future-rule", "kk", "Future").fallback());
        String en = HtmlReportWriter.toHtml(SampleReports.plain(), ReportText.of("en"));
        assertTrue(en.contains("Links must have discernible text"));
    }

    @Test
    void kazakhCoversThirtyMostFrequentRulesAndEveryLanguageHasEveryText() {
        var frequent = List.of("color-contrast", "image-alt", "link-name", "button-name", "label", "html-has-lang",
                "html-lang-valid", "valid-lang", "document-title", "empty-heading", "region", "landmark-one-main",
                "page-has-heading-one", "heading-order", "list", "listitem", "frame-title", "input-image-alt",
                "select-name", "aria-allowed-attr", "aria-hidden-focus", "aria-required-attr", "aria-valid-attr-value",
                "aria-roles", "meta-viewport", "target-size", "link-in-text-block", "nested-interactive",
                "image-redundant-alt", "svg-img-alt", "role-img-alt", "td-headers-attr", "bypass",
                "scrollable-region-focusable", "aria-command-name");
        for (String rule : frequent) {
            assertTrue(RuleHelp.hasKazakh(rule), rule);
            assertTrue(RuleHelp.hasRussian(rule), rule);
        }
        var keys = ReportText.load("report_ru.properties").stringPropertyNames();
        for (String lang : List.of("kk", "en")) {
            assertEquals(keys, ReportText.load("report_" + lang + ".properties").stringPropertyNames(), lang);
        }
    }

    @Test
    void showsPairsBaselineAndSuppressions() {
        String html = HtmlReportWriter.toHtml(SampleReports.withBaseline(), ReportText.of("ru"));
        assertTrue(html.contains("Доля страниц с полноценной парой: 50%"));
        assertTrue(html.contains("<td>missing</td><td>ru 99%</td>"), "the pairs table");
        assertTrue(html.contains("Новых: 4, известных: 3, исправлено с базовой линии: 1"));
        assertTrue(html.contains("<code>axe.bypass</code> (one-page site): 0"));
        assertTrue(html.contains("<span class=\"badge\">новое</span>"));
    }

    @Test
    void withoutRecordedPairsTheTableComesFromParityFindings() {
        var pairs = Pair.fromFindings(SampleReports.findings());
        assertEquals(List.of(new Pair("http://site.test/ru/news.html", "http://site.test/kk/news.html",
                "parity.missing-counterpart", java.util.Map.of())), pairs);
    }

    @Test
    void linksOnlyToHttpAndOnlyToRelativeScreenshots() {
        assertEquals(null, Html.safeHref("javascript:alert(1)"));
        assertEquals("https://e.kz/", Html.safeHref(" https://e.kz/ "));
        assertEquals(null, Html.safeRelativePath("../../etc/passwd"));
        assertEquals(null, Html.safeRelativePath("javascript:alert(1)"));
        assertEquals("pages/index-1a2b/normal.png", Html.safeRelativePath("pages/index-1a2b/normal.png"));
    }
}
