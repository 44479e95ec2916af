package kz.govsite.check.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageSnapshot;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {
    static final String RU_1 = "Министерство здравоохранения Республики Казахстан утвердило новые правила оказания "
            + "медицинской помощи.";
    static final String RU_2 = "Подать заявление на получение государственной услуги можно через портал электронного "
            + "правительства.";
    static final String KK_1 = "Қазақстан Республикасы Денсаулық сақтау министрлігі медициналық көмек көрсетудің жаңа "
            + "қағидаларын бекітті.";
    static final String KK_2 = "Мемлекеттік қызметті алуға өтінішті электрондық үкімет порталы арқылы беруге болады.";

    private final LanguageCheck check = new LanguageCheck(TestGuessers.kkRuEn(), LanguageOptions.defaults());

    private List<Finding> inspect(String url, String html) {
        return check.judge(PageSnapshot.ofHtml(url, html));
    }

    private static String page(String htmlAttributes, String title, String body) {
        return "<!doctype html><html" + htmlAttributes + "><head><title>" + title + "</title></head><body><main>" + body
                + "</main></body></html>";
    }

    @Test
    void cleanPagesInBothLanguagesHaveNoFindings() {
        assertEquals(List.of(), inspect("http://site.test/ru/a.html", page(" lang=\"ru\"", "Новости министерства",
                "<h1>Новости</h1><p>" + RU_1 + "</p><p>" + RU_2 + "</p><p lang=\"kk\">" + KK_1 + "</p>")));
        assertEquals(List.of(), inspect("http://site.test/kk/a.html", page(" lang=\"kk\"", "Министрлік жаңалықтары",
                "<h1>Жаңалықтар</h1><p>" + KK_1 + "</p><p>" + KK_2 + "</p>")));
    }

    @Test
    void aMissingHtmlLangIsReportedWithTheLanguageTheTextReadsAs() {
        var findings = inspect("http://site.test/a.html", "<html><body><p>" + RU_1 + "</p></body></html>");
        assertEquals(List.of(new Finding("language.html-lang-missing", Severity.SERIOUS, "http://site.test/a.html", "html",
                "<html> has no lang attribute: its text reads as ru, so add lang=\"ru\"", List.of("3.1.1"), "<html>",
                "https://www.w3.org/WAI/standards-guidelines/act/rules/b5c3f8/", Map.of())
                .withText("language.html-lang-missing", "detected", "ru")), findings);
    }

    @Test
    void kzOnHtmlIsInvalidAndExplained() {
        var findings = inspect("http://site.test/kk/a.html", page(" lang=\"kz\"", "Жаңалықтар", "<p>" + KK_1 + "</p>"));
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals("language.html-lang-invalid", f.check());
        assertEquals("lang on <html>: \"kz\" is not a language: KZ is the region code of Kazakhstan, the language code"
                + " of Kazakh is \"kk\" (\"kk-Latn\" for the Latin alphabet); its text is judged as kk, the language"
                + " it means", f.message());
        assertEquals("<html lang=\"kz\">", f.snippet());
        assertEquals(Map.of("lang", "kz"), f.evidence());
    }

    @Test
    void aRussianPassageOnAPageMarkedKzIsReportedAsOnAKazakhPage() {
        var findings = inspect("http://site.test/a.html", page(" lang=\"kz\"", "Жаңалықтар",
                "<p>" + KK_1 + "</p><p>" + KK_2 + "</p><p>" + RU_2 + "</p>"));
        assertEquals(List.of("language.html-lang-invalid", "language.unmarked-passage"),
                findings.stream().map(Finding::check).toList());
        assertEquals("a passage in ru on a kk page (lang=\"kz\", read as kk) has no lang=\"ru\": «Подать заявление на"
                + " получение государственной услуги можно через портал…»", findings.get(1).message());
    }

    @Test
    void aThreeLetterTagIsReadForTheMismatchRuleToo() {
        var findings = inspect("http://site.test/a.html", page(" lang=\"rus\"", "Жаңалықтар",
                "<p>" + KK_1 + "</p><p>" + KK_2 + "</p>"));
        assertEquals(List.of("language.html-lang-invalid", "language.html-lang-mismatch"),
                findings.stream().map(Finding::check).toList());
        assertEquals("lang=\"rus\" (read as ru) but 100% of the text reads as kk (kk 100%)", findings.get(1).message());
        assertEquals(List.of("language.html-lang-invalid"), inspect("http://site.test/a.html",
                page(" lang=\"xx-zz-1\"", "Жаңалықтар", "<p>" + KK_1 + "</p>")).stream().map(Finding::check).toList());
    }

    @Test
    void anInvalidLangOnAnElementWithTextIsReported() {
        var findings = inspect("http://site.test/kk/a.html", page(" lang=\"kk\"", "Жаңалықтар",
                "<p>" + KK_1 + "</p><p lang=\"rus\">" + RU_1 + "</p><p lang=\"en-\"></p>"));
        assertEquals(List.of("language.lang-invalid"), findings.stream().map(Finding::check).toList());
        assertEquals("lang on <p>: \"rus\" does not start with a language subtag of the IANA registry; use \"ru\"",
                findings.get(0).message());
        assertEquals("html > body > main > p:nth-child(2)", findings.get(0).selector());
        assertEquals(List.of("3.1.2"), findings.get(0).wcag());
    }

    @Test
    void anElementMarkedKzIsReadAsKazakhForItsMismatch() {
        var findings = inspect("http://site.test/kk/a.html", page(" lang=\"kk\"", "Жаңалықтар",
                "<p>" + KK_1 + "</p><p>" + KK_2 + "</p><p lang=\"kz\">" + RU_1 + "</p>"));
        assertEquals(List.of("language.lang-invalid", "language.lang-mismatch"),
                findings.stream().map(Finding::check).toList());
        assertEquals("lang=\"kz\" (read as kk) on <p> but its text reads as ru: «Министерство здравоохранения Республики"
                + " Казахстан утвердило новые правила…»", findings.get(1).message());
    }

    @Test
    void aDeclaredLanguageThatIsNotTheTextsLanguageIsAMismatch() {
        var findings = inspect("http://site.test/kk/a.html", page(" lang=\"ru\"", "Министрлік жаңалықтары",
                "<p>" + KK_1 + "</p><p>" + KK_2 + "</p>"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("language.html-lang-mismatch", findings.get(0).check());
        assertEquals("lang=\"ru\" but 100% of the text reads as kk (kk 100%)", findings.get(0).message());
        assertEquals("kk", findings.get(0).evidence().get("detected"));
    }

    @Test
    void aKazakhPageWrittenInRussianIsUntranslatedNotMislabelled() {
        var findings = inspect("http://site.test/kk/a.html", page(" lang=\"kk\"", "Новости министерства",
                "<p>" + RU_1 + "</p><p>" + RU_2 + "</p>"));
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals("language.wrong-language", f.check());
        assertEquals(Severity.SERIOUS, f.severity());
        assertEquals("the page belongs to kk (by its url) but its main content is in ru: ru 100%", f.message());
        assertEquals("100", f.evidence().get("share.ru"));
        assertEquals("url", f.evidence().get("claimedBy"));
    }

    @Test
    void withoutALanguageInTheUrlTheLangAttributeIsWhatIsWrong() {
        var findings = inspect("http://site.test/about.html", page(" lang=\"kk\"", "О министерстве",
                "<p>" + RU_1 + "</p><p>" + RU_2 + "</p>"));
        assertEquals(List.of("language.html-lang-mismatch"), findings.stream().map(Finding::check).toList());
    }

    @Test
    void aSentenceInTheOtherLanguageWithoutLangIsAnUnmarkedPassage() {
        var findings = inspect("http://site.test/ru/a.html", page(" lang=\"ru\"", "Новости",
                "<p>" + RU_1 + "</p><p>" + RU_2 + "</p><blockquote>" + KK_2 + "</blockquote>"));
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals("language.unmarked-passage", f.check());
        assertEquals("a passage in kk on a ru page has no lang=\"kk\": «Мемлекеттік қызметті алуға өтінішті электрондық"
                + " үкімет порталы арқылы беруге…»", f.message());
        assertEquals("html > body > main > blockquote", f.selector());
        assertEquals(Severity.MODERATE, f.severity());
    }

    @Test
    void aPassageWhoseLangIsNotItsLanguageIsALangMismatch() {
        var findings = inspect("http://site.test/ru/a.html", page(" lang=\"ru\"", "Новости",
                "<p>" + RU_1 + "</p><blockquote lang=\"kk\">" + RU_2 + "</blockquote>"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("language.lang-mismatch", findings.get(0).check());
        assertEquals("lang=\"kk\" on <blockquote> but its text reads as ru: «Подать заявление на получение"
                + " государственной услуги можно через портал…»", findings.get(0).message());
    }

    @Test
    void aTitleInTheOtherLanguageIsReportedOnlyOnStrongEvidence() {
        var kazakhTitle = inspect("http://site.test/ru/a.html", page(" lang=\"ru\"", "Министрлік жаңалықтары",
                "<p>" + RU_1 + "</p><p>" + RU_2 + "</p>"));
        assertEquals(1, kazakhTitle.size(), kazakhTitle.toString());
        assertEquals("language.title-language", kazakhTitle.get(0).check());
        assertEquals("the title «Министрлік жаңалықтары» is in kk but the page is ru", kazakhTitle.get(0).message());
        assertEquals(Severity.MINOR, kazakhTitle.get(0).severity());
        // «Байланыс» has no Kazakh letter: a short title is not judged on Lingua's word alone.
        assertEquals(List.of(), inspect("http://site.test/ru/a.html", page(" lang=\"ru\"", "Байланыс",
                "<p>" + RU_1 + "</p><p>" + RU_2 + "</p>")));
    }

    @Test
    void ignoredSelectorsAreNotJudged() {
        var options = new LanguageOptions(List.of("kk", "ru", "en"), List.of(".kk-footer"), List.of(), false);
        var withIgnore = new LanguageCheck(TestGuessers.kkRuEn(), options);
        String html = page(" lang=\"ru\"", "Новости", "<p>" + RU_1 + "</p><p>" + RU_2 + "</p><div class=\"kk-footer\">"
                + KK_2 + "</div>");
        assertEquals(List.of("language.unmarked-passage"),
                inspect("http://site.test/ru/a.html", html).stream().map(Finding::check).toList());
        assertEquals(List.of(), withIgnore.judge(PageSnapshot.ofHtml("http://site.test/ru/a.html", html)));
    }

    @Test
    void documentsThatAreNotHtmlAreLeftAlone() {
        var svg = new PageSnapshot("http://site.test/a.svg", "http://site.test/a.svg", 200, "image/svg+xml", "", "",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>" + RU_1 + "</text></svg>", List.of());
        assertEquals(List.of(), check.judge(svg));
    }
}
