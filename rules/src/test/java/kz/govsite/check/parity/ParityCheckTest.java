package kz.govsite.check.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.check.language.LanguageGuesser;
import kz.govsite.check.language.LanguageGuessers;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageSnapshot;
import kz.govsite.testing.Prose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parity check on hand-written crawls, with URLs of the unified state portal ({@code ?lang=}). */
class ParityCheckTest {
    static final String BASE = "https://www.gov.kz/memleket/entities/dsm/";
    static LanguageGuesser guesser;
    static ParityCheck check;

    @BeforeAll
    static void build() {
        guesser = LanguageGuessers.forOptions(LanguageOptions.defaults());
        check = new ParityCheck(guesser, LanguageOptions.defaults(), true);
    }

    static String url(String path, String lang) {
        return BASE + path + "?lang=" + lang;
    }

    static String ru(String head, String body) {
        return "<html lang=\"ru\"><head><title>Министерство здравоохранения</title>" + head + "</head><body><main>" + body
                + "</main></body></html>";
    }

    static String kk(String head, String body) {
        return "<html lang=\"kk\"><head><title>Денсаулық сақтау министрлігі</title>" + head + "</head><body><main>" + body
                + "</main></body></html>";
    }

    static String ruBody() {
        return "<h1>О министерстве</h1>" + Prose.paragraphs(Prose.RUSSIAN, 0, 4);
    }

    static String kkBody() {
        return "<h1>Министрлік туралы</h1>" + Prose.paragraphs(Prose.KAZAKH, 0, 4);
    }

    private static List<Finding> run(FakeSite site) {
        return check.inspect(site);
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.check() + " " + f.url()).toList();
    }

    @Test
    void aCompletePairFoundByTheQueryParameterHasNoFindingsAndCountsAsFilled() {
        var site = new FakeSite().page(url("about", "ru"), ru("", ruBody())).page(url("about", "kk"), kk("", kkBody()));
        assertEquals(List.of(), run(site));
        assertEquals(Map.ofEntries(Map.entry("share", 100.0), Map.entry("verdict", "100.0% of 2 pages filled in both"
                        + " languages (1 of 1 pairs complete, 0 twins missing, 0 pages without a twin)"),
                Map.entry("pages", Map.of("kk", 1, "ru", 1)),
                Map.entry("filled", Map.of("kk", 1, "ru", 1)),
                Map.entry("filledPercent", Map.of("kk", 100.0, "ru", 100.0, "all", 100.0)), Map.entry("pairsFound", 1),
                Map.entry("pairsComplete", 1), Map.entry("missingCounterparts", 0), Map.entry("unpaired", 0),
                Map.entry("unchecked", 0), Map.entry("pairs", List.of(Map.of("page", url("about", "ru"), "twin",
                        url("about", "kk"), "status", "complete", "shares", Map.of("ru", 100, "kk", 100))))),
                site.summary.get("parity"));
    }

    @Test
    void aTwinThatAnswers404IsMissing() {
        var site = new FakeSite().page(url("about", "ru"), ru("", ruBody())).status(url("about", "kk"), 404);
        var findings = run(site);
        assertEquals(List.of(new Finding("parity.missing-counterpart", Severity.SERIOUS, url("about", "ru"), "",
                "no kk version: its kk twin " + url("about", "kk") + " (found by mapping) answers HTTP 404; nothing by"
                        + " hreflang or switcher; no kk page names this page as its twin", List.of(), "",
                "", Map.of("twin", url("about", "kk"), "via", "mapping", "reason", "answers HTTP 404", "status", "404",
                        "tried", url("about", "kk")))
                        .withText("parity.missing-counterpart.tried", "language", "kk", "tried", url("about", "kk"))),
                findings);
        @SuppressWarnings("unchecked")
        var summary = (Map<String, Object>) site.summary.get("parity");
        assertEquals(Map.of("ru", 0), summary.get("filled"));
        assertEquals(Map.of("ru", 0.0, "all", 0.0), summary.get("filledPercent"));
        assertEquals(1, summary.get("missingCounterparts"));
        assertEquals(List.of(Map.of("page", url("about", "ru"), "twin", url("about", "kk"), "status", "missing",
                "found", "mapping", "reason", "answers HTTP 404")), summary.get("pairs"));
    }

    @Test
    void aTwinThatSaysPageNotFoundIsMissing() {
        var site = new FakeSite().page(url("about", "ru"), ru("", ruBody()))
                .page(url("about", "kk"), kk("", "<h1>Бет табылмады</h1><p>Басты бетке оралыңыз.</p>"));
        var f = run(site);
        assertEquals(List.of("parity.missing-counterpart " + url("about", "ru")), ids(f));
        assertTrue(f.get(0).message().contains("shows a \"page not found\" text («бет табылмады»)"), f.get(0).message());
    }

    @Test
    void aTwinThatRedirectsHomeOrBackToTheSameLanguageIsMissing() {
        var home = new FakeSite().page(url("about", "ru"), ru("", ruBody()))
                .redirect(url("about", "kk"), "https://www.gov.kz/?lang=kk")
                .page("https://www.gov.kz/?lang=kk", kk("", kkBody()));
        assertTrue(run(home).get(0).message().contains("redirects to the home page https://www.gov.kz/?lang=kk;"));
        var same = new FakeSite().page(url("about", "ru"), ru("", ruBody())).redirect(url("about", "kk"), url("other", "ru"))
                .page(url("other", "ru"), ru("", ruBody()));
        var f = run(same).stream().filter(x -> x.url().equals(url("about", "ru"))).toList();
        assertEquals("no kk version: its kk twin " + url("about", "kk") + " (found by mapping) redirects to the ru page "
                + url("other", "ru") + "; nothing by hreflang or switcher; no kk page names this page as its twin",
                f.get(0).message());
        var browser = new FakeSite().page(url("about", "ru"), ru("", ruBody()))
                .movedInBrowser(url("about", "kk"), "https://www.gov.kz/?lang=kk", kk("", kkBody()));
        assertEquals(List.of("parity.missing-counterpart " + url("about", "ru")), ids(run(browser)),
                "a page the browser left is not a page of its own");
    }

    @Test
    void numbersThatDisagreeAreReportedWithWhatEachSideLacks() {
        var site = new FakeSite()
                .page(url("budget", "ru"), ru("", ruBody() + "<p>Бюджет программы на 2024 год составил 1 250 000 тенге, "
                        + "что на 12,5% больше, чем 15 декабря 2023 года.</p>"))
                .page(url("budget", "kk"), kk("", kkBody() + "<p>Бағдарламаның 2024 жылғы бюджеті 1 205 000 теңгені "
                        + "құрады, бұл 2023 жылғы 15 желтоқсандағыдан 12.5% артық.</p>"));
        var f = run(site);
        assertEquals(List.of(new Finding("parity.numbers-mismatch", Severity.SERIOUS, url("budget", "kk"), "",
                "the numbers differ from the ru version " + url("budget", "ru") + ": the kk page lacks 1250000; the ru page"
                        + " lacks 1205000", List.of(), "", "", Map.of("twin", url("budget", "ru"), "kkLacks", "1250000",
                "ruLacks", "1205000"))
                .withText("parity.numbers-mismatch", "twinLanguage", "ru", "twin", url("budget", "ru"), "kkLacks", "1250000",
                        "ruLacks", "1205000")), f);
    }

    @Test
    void aThinnerTwinIsReportedOnTheThinnerPage() {
        String sections = "<h2>Задачи</h2><p>" + Prose.RUSSIAN.get(4) + "</p><h2>Функции</h2><p>" + Prose.RUSSIAN.get(5)
                + "</p><h2>Документы</h2><p><a href=\"/docs/polozhenie.pdf\">Положение</a></p>";
        String fewer = "<h2>Міндеттер</h2><p>" + Prose.KAZAKH.get(4) + "</p>";
        var site = new FakeSite().page(url("structure", "ru"), ru("", ruBody() + sections))
                .page(url("structure", "kk"), kk("", kkBody() + fewer));
        var f = run(site);
        assertEquals(List.of("parity.structure-mismatch " + url("structure", "kk")), ids(f));
        assertEquals("kk has 7 of 11 text blocks, 0 of 1 documents (PDF, DOC…), 1 of 3 h2 sections of the ru version "
                + url("structure", "ru"), f.get(0).message());
    }

    @Test
    void textCopiedFromTheTwinCountsAgainstThePageThatShouldHaveBeenTranslated() {
        // Too short to judge one by one: only the copy gives them away.
        String table = "<table><tr><td>Приемная министра</td><td>74-50-01</td></tr>"
                + "<tr><td>Канцелярия министерства</td><td>74-50-02</td></tr>"
                + "<tr><td>Отдел кадров</td><td>74-50-03</td></tr><tr><td>Пресс-служба министерства</td><td>74-50-04</td></tr>"
                + "<tr><td>Юридический департамент</td><td>74-50-05</td></tr>"
                + "<tr><td>Финансовый департамент</td><td>74-50-06</td></tr></table>";
        var site = new FakeSite()
                .page(url("contacts", "ru"), ru("", "<h1>Контакты</h1>" + table).replace("Министерство здравоохранения",
                        "Контакты министерства"))
                .page(url("contacts", "kk"), kk("", "<h1>Байланыс</h1>" + table).replace("Денсаулық сақтау министрлігі",
                        "Контакты министерства"));
        var f = run(site);
        assertEquals(List.of("language.wrong-language " + url("contacts", "kk")), ids(f));
        assertEquals("the page belongs to kk but 7 of its texts (14 words) are copied unchanged from the ru version "
                + url("contacts", "ru") + "; counting them, its main content is ru 100%", f.get(0).message());
        @SuppressWarnings("unchecked")
        var summary = (Map<String, Object>) site.summary.get("parity");
        assertEquals(0, summary.get("pairsComplete"));
        assertEquals("kk copied", ((Map<?, ?>) ((List<?>) summary.get("pairs")).get(0)).get("status"));
        var quiet = new ParityCheck(guesser, LanguageOptions.defaults(), false);
        assertEquals(List.of(), quiet.inspect(site), "without the language check, copies are not reported");
    }

    @Test
    void alternatesMustBeReciprocalFullUrlsInTheirLanguage() {
        String ruUrl = "http://site.test/ru/a.html";
        String kkUrl = "http://site.test/kk/a.html";
        var site = new FakeSite()
                .page(ruUrl, ru("<link rel=\"alternate\" hreflang=\"kk\" href=\"/kk/a.html\">"
                        + "<link rel=\"alternate\" hreflang=\"en\" href=\"http://site.test/ru/a.html\">", ruBody()))
                .page(kkUrl, kk("", kkBody()));
        var f = run(site);
        assertEquals(List.of("parity.hreflang " + ruUrl, "parity.hreflang " + kkUrl), ids(f));
        assertEquals("the hreflang=\"kk\" alternate uses the relative URL \"/kk/a.html\": alternates must be full URLs",
                f.get(0).message());
        assertEquals("link[rel=\"alternate\"][hreflang=\"kk\"]", f.get(0).selector());
        assertEquals("<link rel=\"alternate\" hreflang=\"kk\" href=\"/kk/a.html\">", f.get(0).snippet());
        assertEquals("the page does not name " + ruUrl + " back as its ru alternate, though that page names this one as"
                + " hreflang=\"kk\": search engines ignore alternates that are not reciprocal", f.get(1).message());
    }

    @Test
    void anAlternateInTheWrongLanguageOrWithAnInvalidCodeIsReported() {
        String ruUrl = "http://site.test/ru/b.html";
        var site = new FakeSite()
                .page(ruUrl, ru("<link rel=\"alternate\" hreflang=\"kz\" href=\"http://site.test/kk/b.html\">"
                        + "<link rel=\"alternate\" hreflang=\"en\" href=\"http://site.test/ru/c.html\">", ruBody()))
                .page("http://site.test/kk/b.html", kk("<link rel=\"alternate\" hreflang=\"ru\" href=\"" + ruUrl + "\">",
                        kkBody()))
                .page("http://site.test/ru/c.html", ru("", ruBody()));
        var messages = run(site).stream().filter(x -> x.url().equals(ruUrl)).map(Finding::message).toList();
        assertEquals(List.of("hreflang: \"kz\" is not a language: KZ is the region code of Kazakhstan, the language code"
                        + " of Kazakh is \"kk\" (\"kk-Latn\" for the Latin alphabet)",
                "hreflang=\"en\" points to http://site.test/ru/c.html, a ru page (by its url)"), messages);
    }

    @Test
    void aSwitcherToTheOtherHomePageIsReportedAndTheMappingFindsTheTwin() {
        String ruUrl = "http://site.test/ru/news/5.html";
        String kkUrl = "http://site.test/kk/news/5.html";
        var site = new FakeSite()
                .page(ruUrl, ru("", "<a href=\"/kk/\">Қазақша</a>" + ruBody()))
                .page(kkUrl, kk("", "<a href=\"" + ruUrl + "\">Русский</a>" + kkBody()));
        var f = run(site);
        assertEquals(List.of("parity.hreflang " + ruUrl), ids(f));
        assertEquals("the language switcher «Қазақша» leads to the kk home page http://site.test/kk/ instead of this"
                + " page's kk version", f.get(0).message());
        assertEquals(List.of(kkUrl), check.urlsToAlsoVisit(PageSnapshot.ofHtml(ruUrl, ru("",
                "<a href=\"/kk/\">Қазақша</a>" + ruBody()))));
    }

    @Test
    void theTwinIsFoundByHreflangThenSwitcherThenMappingAndVisited() {
        String ru = "http://site.test/ru/o-ministerstve.html";
        String byHreflang = ru("<link rel=\"alternate\" hreflang=\"kk\" href=\"http://site.test/kk/ministrlik.html\">",
                "<a href=\"/kk/baska.html\">Қаз</a>" + ruBody());
        assertEquals(List.of("http://site.test/kk/ministrlik.html"),
                check.urlsToAlsoVisit(PageSnapshot.ofHtml(ru, byHreflang)));
        String bySwitcher = ru("", "<a href=\"/kk/ministrlik.html\">Қаз</a>" + ruBody());
        assertEquals(List.of("http://site.test/kk/ministrlik.html"),
                check.urlsToAlsoVisit(PageSnapshot.ofHtml(ru, bySwitcher)));
        assertEquals(List.of("http://site.test/kk/o-ministerstve.html"),
                check.urlsToAlsoVisit(PageSnapshot.ofHtml(ru, ru("", ruBody()))));
    }

    @Test
    void aLanguageChooserIsNotOneOfAPair() {
        var site = new FakeSite().page("http://site.test/", "<html lang=\"kk\"><body><a href=\"/kk/\">Қазақша</a>"
                + "<a href=\"/ru/\">Русский</a></body></html>");
        assertEquals(List.of(), run(site));
        assertEquals(List.of(), check.urlsToAlsoVisit(site.pages().get(0)));
        @SuppressWarnings("unchecked")
        var summary = (Map<String, Object>) site.summary.get("parity");
        assertEquals(Map.of(), summary.get("pages"));
    }

    @Test
    void anUntranslatedTwinExistsButThePairIsNotFilled() {
        var site = new FakeSite().page(url("about", "ru"), ru("", ruBody())).page(url("about", "kk"), kk("", ruBody()));
        assertEquals(List.of(), run(site), "the untranslated page is the language check's finding");
        @SuppressWarnings("unchecked")
        var summary = (Map<String, Object>) site.summary.get("parity");
        assertEquals(Map.of("kk", 0, "ru", 0), summary.get("filled"));
        assertEquals(1, summary.get("pairsFound"));
        assertEquals(0, summary.get("pairsComplete"));
    }

    @Test
    void aTwinTheCrawlDidNotReachIsUncheckedNotMissing() {
        var site = new FakeSite().page(url("about", "ru"), ru("", ruBody()));
        assertEquals(List.of(), run(site));
        @SuppressWarnings("unchecked")
        var summary = (Map<String, Object>) site.summary.get("parity");
        assertEquals(1, summary.get("unchecked"));
    }

    @Test
    void whenPresetsOverlapTheTwinFollowsTheSchemeThePageLinksTo() {
        String ru = "http://site.test/ru/news/5.html";
        assertEquals(List.of("http://site.test/kz/news/5.html"), check.urlsToAlsoVisit(PageSnapshot.ofHtml(ru,
                ru("", "<nav><a href=\"/kz/about.html\">Министрлік</a></nav>" + ruBody()))));
        assertEquals(List.of("http://site.test/kk/news/5.html"), check.urlsToAlsoVisit(PageSnapshot.ofHtml(ru,
                ru("", ruBody()))));
    }

    @Test
    void aGuessedTwinThatAnswers404IsNotMissingWhenTheRealTwinNamesThePage() {
        // The Russian page links to /kz/ (the site's old scheme), so the /kz/ preset is guessed first and
        // answers 404; the real Kazakh page lives at /kk/ under another slug and its switcher names this page.
        String ru = "http://site.test/ru/press/about.html";
        String kk = "http://site.test/kk/baspasoz/turaly.html";
        var site = new FakeSite()
                .page(ru, ru("", "<p><a href=\"/kz/\">Архив</a></p>" + ruBody()))
                .status("http://site.test/kz/press/about.html", 404)
                .page(kk, kk("", "<p><a href=\"" + ru + "\">Русский</a></p>" + kkBody()));
        assertEquals(List.of(), run(site));
        @SuppressWarnings("unchecked")
        var summary = (Map<String, Object>) site.summary.get("parity");
        assertEquals(1, summary.get("pairsFound"));
        assertEquals(0, summary.get("missingCounterparts"));
        assertEquals(100.0, summary.get("share"));
    }

    @Test
    void aTwinIsMissingOnlyWhenEveryWayFailsAndTheMessageSaysWhichWereTried() {
        String ru = "http://site.test/ru/press/about.html";
        var site = new FakeSite()
                .page(ru, ru("", "<p><a href=\"/kz/\">Архив</a></p>" + ruBody()))
                .status("http://site.test/kz/press/about.html", 404)
                .status("http://site.test/kk/press/about.html", 404);
        var f = run(site);
        assertEquals(List.of("parity.missing-counterpart " + ru), ids(f));
        assertEquals("no kk version: its kk twin http://site.test/kz/press/about.html (found by mapping) answers HTTP 404;"
                + " http://site.test/kk/press/about.html (found by mapping) answers HTTP 404; nothing by hreflang or"
                + " switcher; no kk page names this page as its twin", f.get(0).message());
        assertEquals("http://site.test/kz/press/about.html http://site.test/kk/press/about.html",
                f.get(0).evidence().get("tried"));
    }

    @Test
    void aRussianOnlySiteReportsEveryPageAndSaysTheSiteHasNoKazakhPage() {
        var site = new FakeSite()
                .page("http://site.test/", ru("", "<p><a href=\"/uslugi.html\">Услуги</a></p>" + ruBody()))
                .page("http://site.test/uslugi.html", ru("", ruBody()));
        var f = run(site);
        assertEquals(List.of("parity.missing-counterpart http://site.test/",
                "parity.missing-counterpart http://site.test/uslugi.html"), ids(f));
        assertEquals("no kk version: the site has no kk page at all (nothing by hreflang, switcher or mapping, and no kk"
                + " page names this page as its twin)", f.get(0).message());
        @SuppressWarnings("unchecked")
        var summary = (Map<String, Object>) site.summary.get("parity");
        assertEquals("the site has no kk page at all: none of its 2 ru pages has a twin", summary.get("verdict"));
        assertEquals(2, summary.get("unpaired"));
    }

    @Test
    void aPageWithoutATwinOnABilingualSiteIsReportedToo() {
        var site = new FakeSite()
                .page("http://site.test/ru/about.html", ru("", ruBody()))
                .page("http://site.test/kk/about.html", kk("", kkBody()))
                .page("http://site.test/vacancies.html", ru("", ruBody()));
        var f = run(site);
        assertEquals(List.of("parity.missing-counterpart http://site.test/vacancies.html"), ids(f));
        assertEquals("no kk version: nothing by hreflang, switcher or mapping, and no kk page names this page as its"
                + " twin", f.get(0).message());
    }
}
