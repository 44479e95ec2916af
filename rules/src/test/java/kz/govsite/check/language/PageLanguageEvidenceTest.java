package kz.govsite.check.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Alternates, switcher links and the language a page claims. */
class PageLanguageEvidenceTest {
    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");
    private final UrlLanguageRules rules = UrlLanguageRules.parse(List.of());

    private static Document doc(String url, String html) {
        return Jsoup.parse(html, url);
    }

    @Test
    void readsAlternatesWithTheirLanguageAndWhetherTheyAreFullUrls() {
        var alts = Alternate.of(doc("http://site.test/ru/a.html", """
                <head><link rel="alternate" hreflang="kk" href="http://site.test/kk/a.html">
                <link rel="alternate" hreflang="kz" href="/kz/a.html"><link rel="alternate" hreflang="x-default" href="/">
                <link rel="stylesheet" hreflang="en" href="/s.css"></head>"""));
        assertEquals(List.of("kk", "kk", ""), alts.stream().map(Alternate::language).toList());
        assertEquals(List.of(true, false, false), alts.stream().map(Alternate::isAbsolute).toList());
        assertEquals("http://site.test/kz/a.html", alts.get(1).url());
    }

    @Test
    void recognisesSwitcherLinksByHreflangLangOrLabel() {
        var links = SwitcherLink.of(doc("http://site.test/ru/a.html", """
                <a href="/kk/a.html" hreflang="kk">ҚАЗ</a><a href="/en/a.html" lang="en">English</a>
                <a href="/ru/a.html">РУС</a><a href="/kk/b.html">Қазақша</a><a href="/x">Қазақстан тарихы</a>
                <a href="/kk/c.html" title="Қазақша"><img src="flag.png" alt=""></a>"""), "http://site.test/ru/a.html");
        assertEquals(List.of(
                new SwitcherLink("kk", "http://site.test/kk/a.html", "ҚАЗ"),
                new SwitcherLink("en", "http://site.test/en/a.html", "English"),
                new SwitcherLink("kk", "http://site.test/kk/b.html", "Қазақша"),
                new SwitcherLink("kk", "http://site.test/kk/c.html", "")), links,
                "the link to the page itself (РУС) is the current language, not a switcher target");
    }

    @Test
    void aLinkNamingBothLanguagesIsAToggle() {
        var links = SwitcherLink.of(doc("http://site.test/ru/a.html", "<a href='/kk/a.html'>ҚАЗ / РУС</a>"
                + "<a href='/kk/b.html'>KZ|RU</a>"), "http://site.test/ru/a.html");
        assertEquals(List.of(true, true), links.stream().map(SwitcherLink::isToggle).toList());
    }

    @Test
    void aPageClaimsItsLanguageByUrlThenAlternateThenSwitcherThenLang() {
        assertEquals(Optional.of(new ClaimedLanguage("kk", "url")), ClaimedLanguage.of(
                doc("http://site.test/kk/a.html", "<html lang='ru'>"), "http://site.test/kk/a.html", rules, LANGUAGES, true));
        assertEquals(Optional.of(new ClaimedLanguage("kk", "hreflang")), ClaimedLanguage.of(doc("http://site.test/a.html",
                        "<link rel='alternate' hreflang='kk' href='http://site.test/a.html'>"), "http://site.test/a.html", rules,
                LANGUAGES, true));
        assertEquals(Optional.of(new ClaimedLanguage("kk", "switcher")), ClaimedLanguage.of(doc("http://site.test/a.html",
                "<html lang='ru'><a href='/b.html'>Русский</a>"), "http://site.test/a.html", rules, LANGUAGES, true));
        assertEquals(Optional.of(new ClaimedLanguage("kk", "lang attribute")), ClaimedLanguage.of(
                doc("http://site.test/a.html", "<html lang='kz'>"), "http://site.test/a.html", rules, LANGUAGES, true));
        assertEquals(Optional.empty(), ClaimedLanguage.of(
                doc("http://site.test/a.html", "<html lang='kk'>"), "http://site.test/a.html", rules, LANGUAGES, false));
    }
}
