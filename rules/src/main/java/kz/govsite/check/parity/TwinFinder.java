package kz.govsite.check.parity;

import java.util.List;
import java.util.Optional;
import kz.govsite.check.language.Alternate;
import kz.govsite.check.language.SwitcherLink;
import kz.govsite.check.language.UrlLanguageRules;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's twin in the other language, trusting the page's own markup first:
 * {@code <link rel="alternate" hreflang>}, then the language switcher, then the URL mapping.
 */
public final class TwinFinder {
    private final UrlLanguageRules rules;

    public TwinFinder(UrlLanguageRules rules) {
        this.rules = rules;
    }

    /** The page's twin in {@code twinLanguage}, by its alternates, its switcher or the URL mapping. */
    public Optional<Twin> find(Document doc, String pageUrl, String twinLanguage) {
        for (Alternate alt : Alternate.of(doc)) {
            if (alt.language().equals(twinLanguage) && !alt.url().isEmpty()) {
                return Optional.of(new Twin(alt.url(), twinLanguage, "hreflang"));
            }
        }
        for (SwitcherLink link : SwitcherLink.of(doc, pageUrl)) {
            if (leadsTo(link, twinLanguage) && !leadsHomeFromInside(link, pageUrl)) {
                return Optional.of(new Twin(link.url(), twinLanguage, "switcher"));
            }
        }
        List<String> candidates = rules.counterparts(pageUrl, twinLanguage);
        if (candidates.isEmpty()) return Optional.empty();
        return Optional.of(new Twin(likeliest(doc, candidates, twinLanguage), twinLanguage, "mapping"));
    }

    /** A switcher link on an inner page that leads to the other language's home page instead of this page's twin. */
    Optional<SwitcherLink> switcherToHome(Document doc, String pageUrl, String twinLanguage) {
        return SwitcherLink.of(doc, pageUrl).stream()
                .filter(l -> leadsTo(l, twinLanguage) && leadsHomeFromInside(l, pageUrl))
                .findFirst();
    }

    private static boolean leadsTo(SwitcherLink link, String language) {
        return link.isToggle() || link.language().equals(language);
    }

    private boolean leadsHomeFromInside(SwitcherLink link, String pageUrl) {
        return rules.isHome(link.url()) && !rules.isHome(pageUrl);
    }

    /** When presets overlap (/ru/ pairs with /kk/ or /kz/), the one the page itself links to wins. */
    private String likeliest(Document doc, List<String> candidates, String language) {
        if (candidates.size() == 1) return candidates.get(0);
        for (String candidate : candidates) {
            var marker = rules.marker(candidate, language);
            if (marker.isEmpty()) continue;
            for (Element a : doc.select("a[href]")) {
                String href = a.absUrl("href");
                if (!href.isEmpty() && rules.marker(href, language).equals(marker)) return candidate;
            }
        }
        return candidates.get(0);
    }
}
