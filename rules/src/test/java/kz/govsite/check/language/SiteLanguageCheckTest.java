package kz.govsite.check.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.check.parity.FakeSite;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The language rules on a whole crawl, with real Lingua: a CMS whose menu is a plain {@code div}
 * in Russian on every page, Kazakh news with Russian names, Russian news with Kazakh names.
 */
class SiteLanguageCheckTest {
    /** A Bitrix-like menu: no nav, no header, no main; Russian on both versions. */
    static final String RUSSIAN_MENU = """
            <div class="top-menu"><ul>
            <li><a href="/ru/">Главная</a></li><li><a href="/ru/about/">О министерстве</a></li>
            <li><a href="/ru/leadership/">Руководство министерства</a></li><li><a href="/ru/docs/">Нормативные правовые акты</a></li>
            <li><a href="/ru/services/">Государственные услуги</a></li><li><a href="/ru/appeals/">Обращения граждан</a></li>
            <li><a href="/ru/corruption/">Противодействие коррупции</a></li><li><a href="/ru/press/">Пресс-центр министерства</a></li>
            <li><a href="/ru/vacancies/">Вакансии и конкурсы</a></li><li><a href="/ru/contacts/">Контакты и реквизиты</a></li>
            </ul></div>
            <div class="bottom">Официальный интернет-ресурс министерства. Все права защищены, при использовании материалов ссылка обязательна.</div>
            """;

    static List<String> kazakh;
    static List<String> russian;

    @BeforeAll
    static void sentences() throws IOException {
        kazakh = NamesInSentencesTest.sentences("kk-with-russian-names.txt");
        russian = NamesInSentencesTest.sentences("ru-with-kazakh-names.txt");
    }

    private final LanguageGuesser guesser = TestGuessers.kkRuEn();
    private final LanguageOptions options = LanguageOptions.defaults();
    private final SiteLanguageCheck check = new SiteLanguageCheck(new LanguageCheck(guesser, options), guesser, options);

    static String page(String lang, String title, String menu, List<String> paragraphs) {
        var body = new StringBuilder();
        paragraphs.forEach(p -> body.append("<p>").append(p).append("</p>"));
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>" + title + "</title></head><body>"
                + "<div class=\"wrapper\">" + menu + "<div class=\"content\"><h1>" + title + "</h1>" + body
                + "</div></div></body></html>";
    }

    /** Five Kazakh and five Russian news pages, each with its own three sentences, under one menu. */
    static FakeSite site(String kazakhLang, String menu) {
        var site = new FakeSite();
        for (int i = 0; i < 5; i++) {
            site.page("http://site.test/kk/news-" + i + ".html", page(kazakhLang, "Жаңалықтар " + i, menu,
                    kazakh.subList(3 * i, 3 * i + 3)));
            site.page("http://site.test/ru/news-" + i + ".html", page("ru", "Новости " + i, menu,
                    russian.subList(3 * i, 3 * i + 3)));
        }
        return site;
    }

    @Test
    void aRussianMenuOnKazakhPagesIsOneFindingForTheSiteNotAnUntranslatedPageEach() {
        var site = site("kk", RUSSIAN_MENU);
        List<Finding> findings = check.inspect(site);
        assertEquals(List.of("language.template-language"), findings.stream().map(Finding::check).toList(),
                findings.toString());
        Finding f = findings.get(0);
        assertEquals(Severity.SERIOUS, f.severity());
        assertEquals("http://site.test/kk/news-0.html", f.url());
        assertTrue(f.message().startsWith("the site's template on kk pages (menus, footers and other blocks repeated on"
                + " 5 of the 5 kk pages) is in ru: ru "), f.message());
        assertEquals("5", f.evidence().get("pages"));
        // Each Kazakh page is judged on its own text: Kazakh, with the menu's words counted apart.
        @SuppressWarnings("unchecked")
        var data = (Map<String, Object>) site.result("http://site.test/kk/news-2.html").orElseThrow().data()
                .get(SiteLanguageCheck.DATA_KEY);
        assertEquals("kk", data.get("verdict"));
        assertEquals("kk", data.get("belongsTo"));
        assertTrue((Integer) data.get("templateWords") > 20, data.toString());
    }

    @Test
    void russianPagesFullOfKazakhNamesGetNoLanguageFinding() {
        var site = new FakeSite();
        for (int i = 0; i < 10; i++) {
            site.page("http://site.test/ru/press-" + i + ".html", page("ru", "Новости министерства", "",
                    russian.subList(6 * i, 6 * i + 4)));
        }
        assertEquals(List.of(), check.inspect(site));
    }

    @Test
    void aPageWithTooLittleTextIsUndeterminedWithItsShares() {
        var site = new FakeSite().page("http://site.test/kk/contacts.html",
                page("kk", "Байланыс", "", List.of("Телефон: +7 7172 74 50 01", "Министрлік ғимараты")));
        assertEquals(List.of(), check.inspect(site));
        @SuppressWarnings("unchecked")
        var data = (Map<String, Object>) site.result("http://site.test/kk/contacts.html").orElseThrow().data()
                .get(SiteLanguageCheck.DATA_KEY);
        assertEquals("undetermined", data.get("verdict"));
        assertEquals("fewer than 12 judged words", data.get("reason"));
        assertTrue(data.containsKey("shares"), data.toString());
    }

    @Test
    void aRussianSentenceInTheTemplateOfKazakhPagesIsReportedOnceWithThePagesCounted() {
        String kazakhMenu = """
                <div class="menu"><a href="/kk/">Басты бет</a> <a href="/kk/about/">Министрлік туралы</a>
                <a href="/kk/services/">Мемлекеттік қызметтер</a> <a href="/kk/contacts/">Байланыс</a>
                <a href="/kk/docs/">Нормативтік құқықтық актілер</a> <a href="/kk/press/">Баспасөз орталығы</a></div>
                <div class="notice">Уважаемые посетители, сайт работает в тестовом режиме, сообщайте об ошибках.</div>
                """;
        List<Finding> findings = check.inspect(site("kz", kazakhMenu));
        var passages = findings.stream().filter(f -> f.check().equals("language.unmarked-passage")).toList();
        assertEquals(1, passages.size(), findings.toString());
        assertEquals("a passage in ru in the site's template, on 5 of the 5 kk pages, has no lang=\"ru\": «Уважаемые"
                + " посетители, сайт работает в тестовом режиме, сообщайте об ошибках.»", passages.get(0).message());
        assertTrue(findings.stream().noneMatch(f -> f.check().equals("language.wrong-language")), findings.toString());
    }
}
