package kz.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.govsite.BrowserOptions;
import kz.govsite.browser.AxeScript;
import kz.govsite.browser.BrowserSession;
import kz.govsite.browser.SessionFactory;
import kz.govsite.check.lowvision.LowVisionFindings;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.testing.Browsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kz.govsite.browser.AxeRun;

/**
 * A demo-like report (every govsite family, a failing verdict with breached limits, pairs) rendered
 * in real Chromium in kk and ru: the visible text has no English sentence outside code ids, page
 * content (quotations, addresses, titles) and evidence values; and axe passes in kk, ru and en.
 */
@Tag("browser")
class ReportLanguageBrowserTest {
    /** Three Latin words in a row: a sentence, not an id such as {@code parity.hreflang} or «HTTP 404». */
    static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}\\b");
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

    static Report demoLike() {
        String kk = "http://site.test/kk/news.html";
        String ru = "http://site.test/ru/news.html";
        var findings = new ArrayList<>(SampleReports.findings().subList(0, 5));
        findings.add(LowVisionFindings.toggleMissing("http://site.test/ru/", Severity.SERIOUS, ""));
        findings.add(LowVisionFindings.returnMissing(ru));
        findings.add(LowVisionFindings.notPersistent(ru, kk));
        findings.add(LowVisionFindings.panelLanguage(kk, "kk", "ru", "Размер шрифта Цвет сайта Изображения"));
        findings.add(Finding.onPage("language.wrong-language", Severity.SERIOUS, kk,
                        "the page belongs to kk (by its url) but its main content is in ru: ru 100%")
                .withText("language.wrong-language.by-url", "expected", "kk", "actual", "ru", "shares", "ru 96%, undetermined 4%"));
        findings.add(Finding.onPage("parity.missing-counterpart", Severity.SERIOUS, ru, "no kk version: the site has no kk page at all")
                .withEvidence(Map.of("twin", "", "reason", "no twin found"))
                .withText("parity.missing-counterpart", "language", "kk"));
        findings.add(Finding.onPage("parity.structure-mismatch", Severity.MODERATE, kk, "kk has 40 of 400 words of the ru version " + ru)
                .withText("parity.structure-mismatch", "language", "kk", "twinLanguage", "ru", "twin", ru,
                        "lacks", "words 40/400, tables 0/2"));
        findings.add(Finding.onPage("site.http-error", Severity.MODERATE, "http://site.test/ru/missing.html", "the page answers HTTP 404")
                .withEvidence(Map.of("status", "404")).withText("site.http-error", "status", 404));
        var verdict = Verdict.decide(Optional.of(Severity.SERIOUS), findings, Optional.empty(),
                List.of("lowvision: 3 findings, more than maxFindings.lowvision=0",
                        "parity share 50% is below minParityShare=90%"),
                List.of("lowVision.required not evaluated: the lowvision check did not run"));
        var pages = SampleReports.pages();
        Map<String, Object> extra = Map.of("parity", Map.of("share", 50.0, "pairs", List.of(
                Map.of("page", "http://site.test/", "twin", "http://site.test/kk/", "status", "complete",
                        "shares", Map.of("ru", 97, "kk", 94)),
                Map.of("page", ru, "twin", kk, "status", "kk untranslated", "shares", Map.of("ru", 99)))));
        return new Report("govsite", "0.1.0", Instant.parse("2026-11-29T08:00:00Z"), 4321, true,
                Map.of("checks", List.of("axe", "parity", "lowvision", "language"), "maxPages", 500),
                Map.of("version", "4.11.1"), pages, List.of(), findings, List.of(),
                Summary.of(pages, findings, extra), verdict, Map.of(), List.of());
    }

    private static String visibleText(Report report, String language) throws Exception {
        Path file = dir.resolve(language + "-" + HtmlReportWriter.FILE_NAME);
        Files.writeString(file, HtmlReportWriter.toHtml(report, ReportText.of(language)));
        session.open(file.toUri().toString());
        session.script("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
        return visibleText(session);
    }

    /** The open report's text that must read in its language: code ids, snippets, addresses, titles and evidence left out. */
    static String visibleText(BrowserSession session) {
        // Code ids, HTML snippets, addresses, the pages' own titles and evidence values are data, not sentences.
        return String.valueOf(session.script("var b = document.body.cloneNode(true);"
                + "b.querySelectorAll('code, pre, a, .evidence, #all-pages ~ table, option, script').forEach(function (e) { e.remove(); });"
                + "return b.innerText;"));
    }

    @Test
    void theKazakhAndRussianReportsHaveNoEnglishSentence() throws Exception {
        for (String language : List.of("kk", "ru")) {
            String text = visibleText(demoLike(), language).replaceAll("«[^»]*»", "«»");
            var english = new ArrayList<String>();
            Matcher m = ENGLISH.matcher(text);
            while (m.find()) english.add(m.group());
            assertEquals(List.of(), english, language + ":\n" + text);
        }
    }

    @Test
    void theScanSeesEnglishWhereThereIsSome() throws Exception {
        String text = visibleText(demoLike(), "en");
        assertTrue(ENGLISH.matcher(text).find(), text);
        String ru = visibleText(demoLike(), "ru");
        assertTrue(ru.contains("Страница относится к языку «казахский» (по адресу), но основной текст — на языке «русский»: ru 96%, не определён 4%"), ru);
        assertTrue(ru.contains("не переведена версия: казахский"), ru);
    }

    @Test
    void theReportPassesAxeInEveryLanguage() throws Exception {
        for (String language : List.of("kk", "ru", "en")) {
            visibleText(demoLike(), language);
            var options = new AxeRun(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"),
                    List.of(), List.of(), List.of());
            var result = AxeScript.run(session, options, Map.of("color-contrast-enhanced", true));
            assertEquals(List.of(), result.violations().stream()
                    .map(v -> v.id() + " " + v.nodes().stream().map(n -> String.join(" ", n.target())).toList()).toList(),
                    language);
        }
    }
}
