package kz.govsite.check.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.govsite.GovsiteConfig;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language and parity checks end to end: a ministry's site in Kazakh and Russian (23 pairs of
 * real prose, paired by hreflang, by the switcher and by URL mappings) served from a folder, crawled
 * and rendered in Chromium. Every planted defect must come out once with its id and URL, and the
 * clean pairs with nothing.
 */
@Tag("browser")
class BilingualSiteBrowserTest {
    static final String SITE = "http://site.test";

    @TempDir
    static Path out;
    static Report report;

    @BeforeAll
    static void checkTheBilingualSite() throws Exception {
        Browsers.requireChromium();
        var config = GovsiteConfig.builder()
                .siteDirectory(Fixtures.site("bilingual"))
                .checks(Set.of("language", "parity"))
                .options(new LanguageOptions(List.of("kk", "ru", "en"), List.of(),
                        List.of("/ru/press/ <-> /kk/baspasoz/", "kk-path"), false))
                .report(ReportOptions.defaults(out))
                .build();
        report = SiteCheck.run(config, Progress.SILENT);
    }

    @Test
    void findsEveryPlantedDefectOnItsPageAndNothingElse() {
        var expected = new TreeSet<>(List.of(
                "language.html-lang-missing " + SITE + "/kk/anticorruption.html",
                "language.html-lang-invalid " + SITE + "/kk/programmes.html",
                "language.html-lang-mismatch " + SITE + "/kk/education.html",
                "language.wrong-language " + SITE + "/kk/history.html",
                "language.wrong-language " + SITE + "/kk/contacts.html",
                "language.unmarked-passage " + SITE + "/ru/health.html",
                "language.lang-invalid " + SITE + "/kk/culture.html",
                "language.lang-mismatch " + SITE + "/ru/ecology.html",
                "language.title-language " + SITE + "/ru/sport.html",
                "parity.missing-counterpart " + SITE + "/ru/news-1.html",
                "parity.missing-counterpart " + SITE + "/ru/news-2.html",
                "parity.missing-counterpart " + SITE + "/ru/news-3.html",
                "parity.numbers-mismatch " + SITE + "/kk/budget.html",
                "parity.structure-mismatch " + SITE + "/kk/structure.html",
                "parity.hreflang " + SITE + "/ru/tourism.html",
                "parity.hreflang " + SITE + "/kk/agriculture.html",
                "parity.hreflang " + SITE + "/ru/transport.html"));
        var actual = new TreeSet<String>();
        for (Finding f : report.findings()) actual.add(f.check() + " " + f.url());
        assertEquals(expected, actual, () -> "findings:\n" + String.join("\n",
                report.findings().stream().map(f -> f.check() + " " + f.url() + " — " + f.message()).toList()));
        assertEquals(expected.size(), report.findings().size(), "each defect is reported once");
    }

    @Test
    void twinsNothingLinksToAreVisited() {
        var visited = report.pages().stream().map(PageResult::url).toList();
        assertTrue(visited.contains(SITE + "/kk/news-1.html"), visited.toString());
        assertTrue(visited.contains(SITE + "/kk/news-2.html"), visited.toString());
        var missing = report.pages().stream().filter(p -> p.url().equals(SITE + "/kk/news-1.html")).findFirst().orElseThrow();
        assertEquals(404, missing.status());
    }

    @Test
    void explainsEachParityDefect() {
        assertEquals("no kk version: its kk twin http://site.test/kk/news-1.html (found by mapping) answers HTTP 404"
                        + "; nothing by hreflang or switcher; no kk page names this page as its twin",
                message("parity.missing-counterpart", "/ru/news-1.html"));
        assertEquals("no kk version: its kk twin http://site.test/kk/news-2.html (found by mapping) shows a \"page not"
                + " found\" text («бет табылмады»); nothing by hreflang or switcher; no kk page names this page as its twin",
                message("parity.missing-counterpart", "/ru/news-2.html"));
        assertEquals("no kk version: its kk twin http://site.test/kk/news-3.html (found by mapping) redirects to the"
                + " home page http://site.test/kk/; nothing by hreflang or switcher; no kk page names this page as its twin",
                message("parity.missing-counterpart", "/ru/news-3.html"));
        assertEquals("the numbers differ from the ru version http://site.test/ru/budget.html: the kk page lacks"
                + " 2450000000; the ru page lacks 2540000000", message("parity.numbers-mismatch", "/kk/budget.html"));
        assertEquals("kk has 6 of 13 text blocks, 41 of 84 words, 0 of 1 documents (PDF, DOC…), 2 of 5 h2 sections of"
                + " the ru version"
                + " http://site.test/ru/structure.html", message("parity.structure-mismatch", "/kk/structure.html"));
        assertEquals("the page does not name http://site.test/kk/tourism.html back as its kk alternate, though that"
                + " page names this one as hreflang=\"ru\": search engines ignore alternates that are not reciprocal",
                message("parity.hreflang", "/ru/tourism.html"));
        assertEquals("the language switcher «Русский» leads to the ru home page http://site.test/ru/ instead of this"
                + " page's ru version", message("parity.hreflang", "/kk/agriculture.html"));
    }

    @Test
    void explainsEachLanguageDefect() {
        assertEquals("the page belongs to kk (by its url) but its main content is in ru: ru 100%",
                message("language.wrong-language", "/kk/history.html"));
        assertTrue(message("language.wrong-language", "/kk/contacts.html").startsWith("the page belongs to kk but 7 of"
                + " its texts (14 words) are copied unchanged from the ru version http://site.test/ru/contacts.html"));
        assertEquals("<html> has no lang attribute: its text reads as kk, so add lang=\"kk\"",
                message("language.html-lang-missing", "/kk/anticorruption.html"));
        assertTrue(message("language.html-lang-mismatch", "/kk/education.html").startsWith("lang=\"ru\" but "));
        assertTrue(message("language.unmarked-passage", "/ru/health.html")
                .startsWith("a passage in kk on a ru page has no lang=\"kk\": «Денсаулығы мықты бала"));
        assertEquals("the title «Мектеп спорты және дене шынықтыру» is in kk but the page is ru",
                message("language.title-language", "/ru/sport.html"));
    }

    @Test
    void theSummaryGivesTheShareOfPagesFilledInBothLanguages() throws Exception {
        @SuppressWarnings("unchecked")
        var parity = (Map<String, Object>) report.summary().extra().get("parity");
        // 23 ru pages; 20 kk pages are visited pages of their own (news-1 is missing, news-2 is a soft 404,
        // news-3 redirects). Not filled: 3 ru pages without a twin, and the pairs whose kk page is
        // untranslated (history) or copied (contacts).
        assertEquals(Map.of("kk", 20, "ru", 23), parity.get("pages"));
        assertEquals(Map.of("kk", 18, "ru", 18), parity.get("filled"));
        assertEquals(Map.of("kk", 90.0, "ru", 78.3, "all", 83.7), parity.get("filledPercent"));
        assertEquals(20, parity.get("pairsFound"));
        assertEquals(18, parity.get("pairsComplete"));
        assertEquals(3, parity.get("missingCounterparts"));
        assertEquals(83.7, parity.get("share"));
        @SuppressWarnings("unchecked")
        var rows = (List<Map<String, Object>>) parity.get("pairs");
        assertEquals(23, rows.size(), "one row per Russian page: 20 pairs and 3 missing twins");
        assertEquals("kk untranslated", status(rows, "/ru/history.html"));
        assertEquals("kk copied", status(rows, "/ru/contacts.html"));
        assertEquals("missing", status(rows, "/ru/news-3.html"));
        assertEquals("complete", status(rows, "/ru/"));
        String json = Files.readString(out.resolve("report.json"));
        assertTrue(json.contains("\"filledPercent\""), "the parity share is in report.json");
    }

    private static Object status(List<Map<String, Object>> rows, String page) {
        return rows.stream().filter(r -> r.get("page").equals(SITE + page)).findFirst().orElseThrow().get("status");
    }

    private static String message(String check, String path) {
        return report.findings().stream().filter(f -> f.check().equals(check) && f.url().equals(SITE + path))
                .map(Finding::message).findFirst().orElseThrow(() -> new AssertionError(check + " on " + path));
    }
}
