package kz.govsite.check.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.govsite.crawl.UrlNormalizer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A link of the page's language switcher: an {@code <a>} with {@code hreflang}, with a
 * {@code lang} and a short label, or with a label such as «Қазақша», «Рус» or «KZ».
 *
 * @param language the language it leads to, or empty for a toggle («ҚАЗ / РУС») that leads to
 *                 whichever language the page is not in
 * @param url      where it leads, normalised
 * @param label    its text
 */
public record SwitcherLink(String language, String url, String label) {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("қазақша", "kk"), Map.entry("қаз", "kk"), Map.entry("қазақ", "kk"), Map.entry("қазақ тілі", "kk"),
            Map.entry("қазақ тілінде", "kk"), Map.entry("мемлекеттік тілде", "kk"), Map.entry("каз", "kk"),
            Map.entry("казахский", "kk"), Map.entry("kaz", "kk"), Map.entry("kz", "kk"), Map.entry("kk", "kk"),
            Map.entry("qaz", "kk"), Map.entry("qazaqşa", "kk"), Map.entry("kazakh", "kk"),
            Map.entry("русский", "ru"), Map.entry("рус", "ru"), Map.entry("ру", "ru"), Map.entry("русский язык", "ru"),
            Map.entry("на русском", "ru"), Map.entry("орысша", "ru"), Map.entry("орыс тілі", "ru"),
            Map.entry("орыс тілінде", "ru"), Map.entry("ru", "ru"), Map.entry("rus", "ru"), Map.entry("russian", "ru"),
            Map.entry("english", "en"), Map.entry("eng", "en"), Map.entry("en", "en"), Map.entry("in english", "en"),
            Map.entry("ағылшынша", "en"), Map.entry("английский", "en"));

    /** The switcher's links on this page, leaving out links to the page itself (the current language). */
    public static List<SwitcherLink> of(Document doc, String pageUrl) {
        String self = UrlNormalizer.normalize(pageUrl).map(UrlNormalizer::pageKey).orElse(pageUrl);
        var out = new ArrayList<SwitcherLink>();
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href").strip();
            if (href.isEmpty() || href.startsWith("#") || href.toLowerCase(Locale.ROOT).startsWith("javascript:")) continue;
            var url = UrlNormalizer.normalize(doc.location(), href);
            if (url.isEmpty() || UrlNormalizer.pageKey(url.get()).equals(self)) continue;
            String label = Texts.collapse(a.text());
            String language = languageOf(a, label);
            if (language != null) out.add(new SwitcherLink(language, url.get(), label));
        }
        return out;
    }

    /** The language a link leads to, "" for a toggle, null when it is not a switcher link. */
    private static String languageOf(Element a, String label) {
        if (!a.attr("hreflang").isBlank()) return new LanguageTag(a.attr("hreflang")).intendedLanguage();
        if (!a.attr("lang").isBlank() && Texts.words(label) <= 3 && !label.isEmpty()) {
            return new LanguageTag(a.attr("lang")).intendedLanguage();
        }
        for (String text : List.of(label, a.attr("title"), a.attr("aria-label"))) {
            String l = labelLanguage(text);
            if (l != null) return l;
        }
        return null;
    }

    private static String labelLanguage(String text) {
        String norm = text.toLowerCase(Locale.ROOT).replaceAll("[.:]", "").strip().replaceAll("\\s+", " ");
        if (norm.isEmpty()) return null;
        if (LABELS.containsKey(norm)) return LABELS.get(norm);
        // «ҚАЗ / РУС», «KZ|RU»: one link naming both languages toggles to the other one.
        String[] parts = norm.split("\\s*[/|•·]\\s*");
        if (parts.length < 2) return null;
        Set<String> named = new LinkedHashSet<>();
        for (String p : parts) {
            String l = LABELS.get(p);
            if (l == null) return null;
            named.add(l);
        }
        return named.size() >= 2 ? "" : null;
    }

    public boolean isToggle() {
        return language.isEmpty();
    }
}
