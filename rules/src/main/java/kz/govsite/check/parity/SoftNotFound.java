package kz.govsite.check.parity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.govsite.check.language.Texts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Recognises a "soft 404": a page that answers 200 but says, in Kazakh, Russian or English, that
 * the page was not found. Only the title, the first heading and the text of short pages are read,
 * so an article that mentions such words is not mistaken for one.
 */
final class SoftNotFound {
    private static final List<String> PHRASES = List.of(
            "страница не найдена", "страницы не существует", "страница не существует", "страница удалена",
            "ошибка 404", "запрашиваемая страница не найдена",
            "бет табылмады", "парақ табылмады", "бет табылған жоқ", "парақ табылған жоқ", "сұралған бет жоқ",
            "мұндай бет жоқ", "бет жойылған", "404 қатесі", "қате 404",
            "page not found", "page does not exist", "error 404", "404 error", "404 not found", "not found");
    /** A page with more text than this is content, whatever its title says. */
    static final int SHORT_PAGE_LETTERS = 600;

    private SoftNotFound() {
    }

    /** The "not found" phrase the page shows, if it is one. */
    static Optional<String> phrase(Document doc) {
        Element h1 = doc.selectFirst("h1");
        for (String text : List.of(doc.title(), h1 == null ? "" : h1.text())) {
            var p = find(text);
            if (p.isPresent()) return p;
            if (text.strip().equals("404")) return Optional.of("404");
        }
        Element body = doc.body();
        String all = body == null ? "" : body.text();
        return Texts.letters(all) <= SHORT_PAGE_LETTERS ? find(all) : Optional.empty();
    }

    private static Optional<String> find(String text) {
        String t = Texts.collapse(text).toLowerCase(Locale.ROOT);
        return PHRASES.stream().filter(t::contains).findFirst();
    }
}
