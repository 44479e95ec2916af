package kz.govsite.check.parity;

import java.util.ArrayList;
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

    /** The likeliest twin: the first of {@link #all}. */
    public Optional<Twin> find(Document doc, String pageUrl, String twinLanguage) {
        return all(doc, pageUrl, twinLanguage).stream().findFirst();
    }

    /**
     * Every place the twin may be, surest first: the page's {@code hreflang} alternate, its switcher
     * link, then each URL the mappings give (the scheme the page links to first). A guessed URL may
     * answer 404 where another way leads to the real twin.
     */
    List<Twin> all(Document doc, String pageUrl, String twinLanguage) {
        var out = new ArrayList<Twin>();
        for (Alternate alt : Alternate.of(doc)) {
            if (alt.language().equals(twinLanguage) && !alt.url().isEmpty()) {
                out.add(new Twin(alt.url(), twinLanguage, "hreflang"));
                break;
            }
        }
        for (SwitcherLink link : SwitcherLink.of(doc, pageUrl)) {
            if (leadsTo(link, twinLanguage) && !leadsHomeFromInside(link, pageUrl)) {
                add(out, new Twin(link.url(), twinLanguage, "switcher"));
                break;
            }
        }
        List<String> candidates = new ArrayList<>(rules.counterparts(pageUrl, twinLanguage));
        if (!candidates.isEmpty()) {
            String first = likeliest(doc, candidates, twinLanguage);
            candidates.remove(first);
            candidates.add(0, first);
        }
        candidates.forEach(c -> add(out, new Twin(c, twinLanguage, "mapping")));
        return out;
    }

    private static void add(List<Twin> twins, Twin twin) {
        if (twins.stream().noneMatch(t -> t.url().equals(twin.url()))) twins.add(twin);
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
