package kz.govsite.check.parity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;

/**
 * Flags a page whose twin in the other language does not exist, whatever the server pretends,
 * and a page no way of pairing finds a twin for; the message says which ways were tried.
 */
final class MissingCounterpart {
    static final String ID = "parity.missing-counterpart";

    /** Every URL tried led nowhere. */
    Finding finding(PageFacts page, Pairing.Outcome outcome) {
        String language = PageFacts.other(page.lang());
        var parts = new ArrayList<String>();
        var tried = outcome.tried();
        tried.forEach((twin, state) -> parts.add((parts.isEmpty() ? "its " + language + " twin " : "")
                + twin.url() + " (found by " + twin.via() + ") " + state.reason()));
        List<String> none = Pairing.waysWithoutResult(page.twins());
        String message = "no " + language + " version: " + String.join("; ", parts)
                + (none.isEmpty() ? "" : "; nothing by " + orList(none))
                + "; no " + language + " page names this page as its twin";
        Twin surest = outcome.twin();
        TwinState state = tried.get(surest);
        String status = state.resolution().result() == null ? "" : String.valueOf(state.resolution().result().status());
        var evidence = new LinkedHashMap<String, String>();
        evidence.put("twin", surest.url());
        evidence.put("via", surest.via());
        evidence.put("reason", state.reason());
        evidence.put("status", status);
        evidence.put("tried", String.join(" ", tried.keySet().stream().map(Twin::url).toList()));
        return Finding.onPage(ID, Severity.SERIOUS, page.url(), message).withEvidence(evidence)
                .withText(ID + ".tried", "language", language, "tried", String.join(" ", tried.keySet().stream().map(Twin::url).toList()));
    }

    /**
     * No way of pairing gave a twin.
     *
     * @param siteHasLanguage whether the crawl found any page at all in the twin's language
     */
    Finding noTwin(PageFacts page, boolean siteHasLanguage) {
        String language = PageFacts.other(page.lang());
        String ways = "nothing by hreflang, switcher or mapping, and no " + language + " page names this page as its twin";
        String message = siteHasLanguage ? "no " + language + " version: " + ways
                : "no " + language + " version: the site has no " + language + " page at all (" + ways + ")";
        return Finding.onPage(ID, Severity.SERIOUS, page.url(), message).withEvidence(Map.of("twin", "", "via", "",
                "reason", siteHasLanguage ? "no twin found" : "the site has no " + language + " page", "tried", ""))
                .withText(ID + (siteHasLanguage ? "" : ".no-language"), "language", language);
    }

    private static String orList(List<String> ways) {
        if (ways.size() == 1) return ways.get(0);
        return String.join(", ", ways.subList(0, ways.size() - 1)) + " or " + ways.get(ways.size() - 1);
    }
}
