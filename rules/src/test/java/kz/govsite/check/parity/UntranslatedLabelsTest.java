package kz.govsite.check.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.check.language.LanguageGuesser;
import kz.govsite.check.language.LanguageGuessers;
import kz.govsite.finding.Finding;
import kz.govsite.testing.Prose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Short texts copied unchanged from the twin (alt, aria-label, title), with real Lingua. */
class UntranslatedLabelsTest {
    static LanguageGuesser guesser;
    static ParityCheck check;
    static UntranslatedLabels labels;

    @BeforeAll
    static void build() {
        guesser = LanguageGuessers.forOptions(LanguageOptions.defaults());
        check = new ParityCheck(guesser, LanguageOptions.defaults(), true);
        labels = new UntranslatedLabels(guesser);
    }

    static String page(String lang, String title, String extra, String prose) {
        return "<html lang=\"" + lang + "\"><head><title>" + title + "</title></head><body><main>" + extra + prose
                + "</main></body></html>";
    }

    static FakeSite pair(String path, String kkTitle, String kkExtra, String ruTitle, String ruExtra) {
        return new FakeSite()
                .page("http://site.test/kk/" + path, page("kk", kkTitle, kkExtra, Prose.paragraphs(Prose.KAZAKH, 0, 3)))
                .page("http://site.test/ru/" + path, page("ru", ruTitle, ruExtra, Prose.paragraphs(Prose.RUSSIAN, 0, 3)));
    }

    private static List<Finding> untranslated(FakeSite site) {
        return check.inspect(site).stream().filter(f -> f.check().equals(UntranslatedLabels.ID)).toList();
    }

    @Test
    void aTitlePartCopiedBesideATranslatedOneIsUntranslatedThoughDetectionCannotTellIt() {
        var findings = untranslated(pair("contacts.html", "Министрлік | Контакты", "", "Министерство | Контакты", ""));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("the kk page has a short text copied unchanged from its ru twin http://site.test/ru/contacts.html,"
                + " not translated: the title's part «Контакты»", findings.get(0).message());
        assertEquals("http://site.test/kk/contacts.html", findings.get(0).url());
    }

    @Test
    void copiedAltAndAriaLabelAreListedOnTheirPage() {
        String ru = "<img src=\"b.jpg\" alt=\"Здание министерства\"><button aria-label=\"Поиск по сайту\">⌕</button>";
        String kk = "<img src=\"b.jpg\" alt=\"Здание министерства\"><button aria-label=\"Поиск по сайту\">⌕</button>";
        var findings = untranslated(pair("about.html", "Министрлік туралы", kk, "О министерстве", ru));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("the kk page has 2 short texts copied unchanged from its ru twin http://site.test/ru/about.html,"
                + " not translated: alt «Здание министерства», aria-label «Поиск по сайту»", findings.get(0).message());
    }

    @Test
    void translatedLabelsNamesAndWordsSpeltAlikeInBothLanguagesAreNotReported() {
        String ru = "<img src=\"m.jpg\" alt=\"Асет Ергалиев\"><img src=\"p.jpg\" alt=\"Президент\">"
                + "<img src=\"l.png\" alt=\"Логотип министерства\">";
        String kk = "<img src=\"m.jpg\" alt=\"Асет Ергалиев\"><img src=\"p.jpg\" alt=\"Президент\">"
                + "<img src=\"l.png\" alt=\"Министрліктің логотипі\">";
        assertEquals(List.of(), untranslated(pair("about.html", "Министрлік туралы", kk, "О министерстве", ru)));
    }

    @Test
    void aKazakhTextOnTheRussianPageIsACopyTooButNotAKazakhNameAlone() {
        assertTrue(labels.isIn("Министрлік ғимараты", "kk", false));
        assertFalse(labels.isIn("Мәжіліс", "kk", false));
        assertTrue(labels.isIn("Главная", "ru", false));
        assertFalse(labels.isIn("Фотогалерея", "ru", false));
        assertFalse(labels.isIn("Фотогалерея", "ru", true));
        assertTrue(labels.isIn("Контакты", "ru", true));
        assertFalse(labels.isIn("Контакты", "ru", false));
        assertFalse(labels.isIn("Алматы", "ru", true));
        assertFalse(labels.isIn("Бюджет", "ru", true));
    }

    @Test
    void aLabelCopiedOnManyPagesIsOneFindingWithThePagesCounted() {
        var site = new FakeSite();
        for (String path : List.of("a.html", "b.html", "c.html")) {
            site.page("http://site.test/kk/" + path, page("kk", "Министрлік", "<img src=\"logo.png\" alt=\"Министерство юстиции\">",
                    Prose.paragraphs(Prose.KAZAKH, 0, 3)));
            site.page("http://site.test/ru/" + path, page("ru", "Министерство", "<img src=\"logo.png\" alt=\"Министерство юстиции\">",
                    Prose.paragraphs(Prose.RUSSIAN, 0, 3)));
        }
        var findings = untranslated(site);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("alt «Министерство юстиции» is the same on 3 kk pages as on their ru twins, not translated (e.g."
                + " http://site.test/ru/a.html)", findings.get(0).message());
    }
}
