package kz.govsite.check.language;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.govsite.crawl.UrlNormalizer;
import org.jsoup.nodes.Document;

/**
 * The language a page belongs to, whatever its text is written in, and how we know.
 *
 * @param language an ISO 639-1 code
 * @param source   {@code url} (its address), {@code hreflang} (an alternate naming itself),
 *                 {@code switcher} (the switcher offers the other language) or {@code lang attribute}
 */
public record ClaimedLanguage(String language, String source) {
    /**
     * What language the page claims to be in, from its URL, its alternates and its switcher, and,
     * when {@code orDeclared}, from its {@code <html lang>} as the last resort.
     */
    public static Optional<ClaimedLanguage> of(Document doc, String pageUrl, UrlLanguageRules rules,
                                               Set<String> languages, boolean orDeclared) {
        var byUrl = rules.languageOf(pageUrl).filter(languages::contains);
        if (byUrl.isPresent()) return Optional.of(new ClaimedLanguage(byUrl.get(), "url"));
        String self = UrlNormalizer.normalize(pageUrl).map(UrlNormalizer::pageKey).orElse(pageUrl);
        for (Alternate alt : Alternate.of(doc)) {
            if (!alt.url().isEmpty() && UrlNormalizer.pageKey(alt.url()).equals(self)
                    && languages.contains(alt.language())) {
                return Optional.of(new ClaimedLanguage(alt.language(), "hreflang"));
            }
        }
        var offered = SwitcherLink.of(doc, pageUrl).stream().map(SwitcherLink::language).filter(l -> !l.isEmpty())
                .collect(java.util.stream.Collectors.toSet());
        var pair = List.of("kk", "ru");
        if (languages.containsAll(pair)) {
            var notOffered = pair.stream().filter(l -> !offered.contains(l)).toList();
            if (notOffered.size() == 1 && offered.contains(pair.get(0).equals(notOffered.get(0)) ? "ru" : "kk")) {
                return Optional.of(new ClaimedLanguage(notOffered.get(0), "switcher"));
            }
        }
        if (orDeclared) {
            var html = doc.selectFirst("html");
            String declared = html == null ? "" : new LanguageTag(html.attr("lang")).intendedLanguage();
            if (languages.contains(declared)) return Optional.of(new ClaimedLanguage(declared, "lang attribute"));
        }
        return Optional.empty();
    }
}
