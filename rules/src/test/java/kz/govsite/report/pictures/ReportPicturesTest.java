package kz.govsite.report.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.govsite.check.lowvision.LowVisionFindings;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageResult;
import kz.govsite.pictures.PictureOptions;
import kz.govsite.report.HtmlReportWriter;
import kz.govsite.report.Report;
import kz.govsite.report.ReportText;
import kz.govsite.report.Summary;
import kz.govsite.report.Verdict;
import org.junit.jupiter.api.Test;

/** report.html's pictures from report.json's page data: which appear, with what text, and which paths are refused. */
class ReportPicturesTest {
    private static final String KK = "http://site.test/kk/news/1.html";
    private static final String RU = "http://site.test/ru/news/1.html";

    private static Map<String, Object> lowVision(String folder, boolean withSchemes) {
        var lv = new java.util.LinkedHashMap<String, Object>();
        lv.put("active", true);
        lv.put("screenshots", Map.of("normal", folder + "/lowvision-normal.png", "lowVision", folder + "/lowvision-mode.png"));
        lv.put("schemes", withSchemes ? List.of(Map.of("name", "white", "contrastFailures", 0),
                Map.of("name", "black", "contrastFailures", 1)) : List.of());
        return lv;
    }

    private static PageResult page(String url, String title, String lang, Map<String, Object> data) {
        return new PageResult(url, 200, "page", title, lang, 1, 1, "", data);
    }

    private static Report report(PictureOptions options) {
        var pages = new ArrayList<PageResult>();
        pages.add(page(KK, "Жаңалықтар", "kk", Map.of("lowVision", lowVision("pages/kk-news-1", true),
                "pictures", List.of(Map.of("check", "axe.image-alt", "selector", ".news-detail img", "file", "pages/kk-news-1/element-axe-image-alt-1.png"),
                        Map.of("check", "axe.link-name", "selector", ".social a", "file", "../../etc/passwd.png"),
                        Map.of("check", "axe.label", "selector", "#q", "file", "http://evil.example/x.png")))));
        pages.add(page(RU, "Новости <b>", "ru", Map.of("lowVision", lowVision("pages/ru-news-1", false))));
        for (int i = 2; i <= 6; i++) {
            pages.add(page("http://site.test/ru/page" + i + ".html", "Страница " + i, "ru", Map.of("lowVision", lowVision("pages/p" + i, false))));
        }
        List<Finding> findings = List.of(
                new Finding("axe.image-alt", Severity.CRITICAL, KK, ".news-detail img", "Images must have alternative text",
                        List.of("1.1.1"), "<img src=\"chart.png\">", "", Map.of()),
                new Finding("axe.link-name", Severity.SERIOUS, KK, ".social a", "Links must have discernible text",
                        List.of(), "<a href=\"#\"></a>", "", Map.of()),
                Finding.onPage("parity.structure-mismatch", Severity.MODERATE, KK, "kk has 40 of 400 words of the ru version " + RU)
                        .withEvidence(Map.of("twin", RU))
                        .withText("parity.structure-mismatch", "language", "kk", "twinLanguage", "ru", "twin", RU, "lacks", "words 40/400"),
                LowVisionFindings.returnMissing(RU));
        var summary = Summary.of(pages, findings, Map.of());
        return new Report("govsite", "0.1.0", Instant.parse("2026-12-01T08:00:00Z"), 10, true,
                Map.of("checks", List.of("axe", "lowvision", "parity"), "pictures", options.describe()), Map.of("version", "4.11.1"),
                pages, List.of(), findings, List.of(), summary, Verdict.of(Optional.empty(), findings), Map.of(), List.of());
    }

    private static int count(String html, String part) {
        return html.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void anOutlinedElementAppearsUnderItsRuleAndUnsafePathsNever() {
        String html = HtmlReportWriter.toHtml(report(PictureOptions.defaults()), ReportText.of("ru"));
        assertTrue(html.contains("<a href=\"pages/kk-news-1/element-axe-image-alt-1.png\"><img src=\"pages/kk-news-1/element-axe-image-alt-1.png\" "
                + "alt=\"Фрагмент страницы «Жаңалықтар», элемент с нарушением axe.image-alt обведён рамкой\" loading=\"lazy\"></a>"), html);
        assertFalse(html.contains("passwd"), html);
        assertFalse(html.contains("evil.example"), html);
    }

    @Test
    void aParityMismatchShowsBothVersionsSideBySide() {
        String html = HtmlReportWriter.toHtml(report(PictureOptions.defaults()), ReportText.of("ru"));
        int at = html.indexOf("data-rule=\"parity.structure-mismatch\"");
        assertTrue(at > 0, html);
        String rule = html.substring(at, html.indexOf("</details>", at));
        assertTrue(rule.contains("<img src=\"pages/kk-news-1/lowvision-normal.png\" alt=\"Снимок страницы «Жаңалықтар»\" loading=\"lazy\">"), rule);
        assertTrue(rule.contains("<img src=\"pages/ru-news-1/lowvision-normal.png\" alt=\"Снимок страницы «Новости &lt;b&gt;»\" loading=\"lazy\">"), rule);
        assertTrue(rule.contains("Версия: казахский") && rule.contains("Версия: русский"), rule);
    }

    @Test
    void aParityMismatchWithOneScreenshotShowsThatVersion() {
        var full = report(PictureOptions.defaults());
        var pages = full.pages().stream().map(p -> p.url().equals(RU) ? page(RU, "Новости", "ru", Map.of()) : p).toList();
        var report = new Report(full.toolName(), full.toolVersion(), full.startedAt(), 10, true, full.config(), full.axe(), pages,
                List.of(), full.findings(), List.of(), full.summary(), full.verdict(), Map.of(), List.of());
        String html = HtmlReportWriter.toHtml(report, ReportText.of("kk"));
        int at = html.indexOf("data-rule=\"parity.structure-mismatch\"");
        String rule = html.substring(at, html.indexOf("</details>", at));
        assertTrue(rule.contains("alt=\"«Жаңалықтар» бетінің скриншоты\""), rule);
        assertTrue(rule.contains("Нұсқа: қазақ тілі"), rule);
        assertFalse(rule.contains("ru-news-1"), rule);
    }

    @Test
    void lowVisionPairsForPagesWithFindingsThenAFewCleanOnesWithTheirSchemes() {
        String html = HtmlReportWriter.toHtml(report(new PictureOptions(true, 2)), ReportText.of("ru"));
        String section = html.substring(html.indexOf("<section aria-labelledby=\"lv-pictures\">"));
        section = section.substring(0, section.indexOf("</section>"));
        assertTrue(section.indexOf("Страницы с замечаниями к версии для слабовидящих") < section.indexOf("pages/ru-news-1/lowvision-mode.png"), section);
        assertTrue(section.contains("alt=\"Версия для слабовидящих страницы «Новости &lt;b&gt;»\""), section);
        assertTrue(section.contains("Проверенные цветовые схемы и число нарушений контраста: белая: 0, чёрная: 1"), section);
        // One page with findings, two clean ones (the cap), four left in the folder.
        assertEquals(3, count(section, "lowvision-mode.png\" alt="));
        assertTrue(section.contains("Снимки ещё 4 стр. лежат в папке отчёта"), section);
        String kk = HtmlReportWriter.toHtml(report(new PictureOptions(true, 2)), ReportText.of("kk"));
        assertTrue(kk.contains("alt=\"«Жаңалықтар» бетінің нашар көретіндерге арналған нұсқасы\""), kk);
    }

    @Test
    void noPicturesWhenSwitchedOff() {
        String html = HtmlReportWriter.toHtml(report(PictureOptions.none()), ReportText.of("en"));
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("lv-pictures"), html);
    }
}
