package kz.govsite.check.parity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.govsite.check.language.UrlLanguageRules;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.page.PageSnapshot;

/**
 * Decides each page's twin from every way of pairing at once: the page's own {@code hreflang},
 * switcher and URL mappings, tried in that order, and the pages of the other language that name
 * it as their twin. A URL guessed from a mapping that answers 404 does not make a twin missing
 * when another way found the real one.
 */
final class Pairing {
    /** How a page's search for its twin ended. */
    enum Kind { PRESENT, MISSING, UNVISITED, NONE }

    /**
     * @param kind  how it ended
     * @param twin  the twin found (present), or the surest one tried (missing, unvisited), or null
     * @param facts the twin's facts when present
     * @param tried every URL tried and what became of it, in order
     */
    record Outcome(Kind kind, Twin twin, PageFacts facts, Map<Twin, TwinState> tried) {
    }

    private Pairing() {
    }

    static Map<String, Outcome> of(List<PageFacts> members, SiteLookup lookup, UrlLanguageRules rules,
                                   Function<PageSnapshot, PageFacts> facts) {
        var outcomes = new LinkedHashMap<String, Outcome>();
        // A page named as the twin of a page that was found: its twin is known from the other side.
        var namedBy = new HashMap<String, PageFacts>();
        for (PageFacts page : members) {
            var tried = new LinkedHashMap<Twin, TwinState>();
            Outcome outcome = null;
            for (Twin twin : page.twins()) {
                TwinState state = TwinState.classify(page, twin, lookup, rules, facts);
                tried.put(twin, state);
                if (state.kind() == TwinState.Kind.PRESENT) {
                    outcome = new Outcome(Kind.PRESENT, twin, state.facts(), tried);
                    namedBy.putIfAbsent(UrlNormalizer.pageKey(state.facts().url()), page);
                    break;
                }
            }
            outcomes.put(page.url(), outcome != null ? outcome : new Outcome(null, null, null, tried));
        }
        for (PageFacts page : members) {
            Outcome o = outcomes.get(page.url());
            if (o.kind() == Kind.PRESENT) continue;
            PageFacts other = namedBy.get(UrlNormalizer.pageKey(page.url()));
            if (other != null && !other.lang().equals(page.lang())) {
                outcomes.put(page.url(), new Outcome(Kind.PRESENT, new Twin(other.url(), other.lang(), "its twin's link"),
                        other, o.tried()));
            } else if (o.tried().isEmpty()) {
                outcomes.put(page.url(), new Outcome(Kind.NONE, null, null, o.tried()));
            } else {
                // The crawl visits the surest URL only: while that one was not reached (the page budget ran
                // out) the twin may still exist. Other guesses it did not visit are no evidence either way.
                Twin surest = o.tried().keySet().iterator().next();
                boolean unvisited = o.tried().get(surest).kind() == TwinState.Kind.UNVISITED;
                var visited = new LinkedHashMap<Twin, TwinState>(o.tried());
                if (!unvisited) visited.values().removeIf(st -> st.kind() == TwinState.Kind.UNVISITED);
                outcomes.put(page.url(), new Outcome(unvisited ? Kind.UNVISITED : Kind.MISSING, surest, null, visited));
            }
        }
        return outcomes;
    }

    /** The ways (hreflang, switcher, mapping) that gave no URL at all. */
    static List<String> waysWithoutResult(List<Twin> twins) {
        var out = new ArrayList<String>(List.of("hreflang", "switcher", "mapping"));
        twins.forEach(t -> out.remove(t.via()));
        return out;
    }
}
