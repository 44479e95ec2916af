package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TemplateSignatureTest {
    private static final String TOGGLE = "a.bvi-open";

    /** A Bitrix-like page: no landmarks, the menu marks the current page with a class. */
    private static String page(String current, String body, String panel, String script) {
        return """
                <html lang="kz"><head><link rel="stylesheet" href="/bitrix/templates/gov/style.css?v=%s"></head>
                <body><div class="header"><a class="bvi-open" href="#">Нашар көретіндерге арналған нұсқа</a>%s</div>
                <div class="menu" id="top-menu"><ul>
                <li class="%s"><a href="/kz/">Басты бет</a></li>
                <li class="%s"><a href="/kz/news/">Жаңалықтар</a></li></ul></div>
                <div class="content">%s</div>
                <div id="footer">© 2025</div><script src="%s"></script></body></html>
                """.formatted(current.length(), panel, current.equals("home") ? "active" : "",
                current.equals("news") ? "active" : "", body, script);
    }

    private static String signature(String url, String html) {
        return TemplateSignature.of(url, TOGGLE, Jsoup.parse(html, url));
    }

    @Test
    void pagesOfOneTemplateShareItWhateverTheirContentAndCurrentMenuItem() {
        String panel = "<span data-lv=\"off\" role=\"button\">Қалыпты нұсқа</span>";
        String home = signature("https://gov.kz/kz/", page("home", "<p>Министрлік туралы</p>", panel, "/js/lv.js"));
        String news = signature("https://gov.kz/kz/news/1", page("news",
                "<h1>Жаңалық</h1><table><tr><td>1</td></tr></table>", panel, "/js/lv.js"));
        assertEquals(home, news);
    }

    @Test
    void aMissingOrRewiredWayBackOrAnotherScriptIsAnotherTemplate() {
        String panel = "<span data-lv=\"off\" role=\"button\">Қалыпты нұсқа</span>";
        String base = signature("https://gov.kz/kz/", page("home", "", panel, "/js/lv.js"));
        assertNotEquals(base, signature("https://gov.kz/kz/a", page("home", "", "", "/js/lv.js")));
        assertNotEquals(base, signature("https://gov.kz/kz/b",
                page("home", "", "<span role=\"button\">Қалыпты нұсқа</span>", "/js/lv.js")));
        assertNotEquals(base, signature("https://gov.kz/kz/c", page("home", "", panel, "/js/lv-session.js")));
        assertNotEquals(base, signature("https://other.gov.kz/kz/", page("home", "", panel, "/js/lv.js")));
    }
}
