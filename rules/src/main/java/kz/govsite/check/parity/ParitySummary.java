package kz.govsite.check.parity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.govsite.internal.Maps;

/**
 * The ministry's headline figure and what it is made of: how many pages each language has, how
 * many of them are "filled in both languages" (the twin exists and both are in their language),
 * and the pairs behind it, one row each for the report's pairs table.
 */
final class ParitySummary {
    private final Map<String, Integer> pages = new TreeMap<>();
    private final Map<String, Integer> filled = new TreeMap<>();
    private int pairsFound;
    private int pairsComplete;
    private int missing;
    private int unpaired;
    private int unchecked;
    private final List<Map<String, Object>> pairs = new ArrayList<>();
    private final java.util.Set<String> languages = new java.util.TreeSet<>();

    /** The languages of the pair the crawl found pages in. */
    void languages(java.util.Collection<String> found) {
        languages.addAll(found);
    }

    void page(String language, boolean isFilled) {
        pages.merge(language, 1, Integer::sum);
        filled.merge(language, isFilled ? 1 : 0, Integer::sum);
    }

    /** A pair whose two pages exist; complete when both are in their own language. */
    void pair(PairOfPages pair, boolean complete, String status) {
        pairsFound++;
        if (complete) pairsComplete++;
        row(pair.ru().url(), pair.kk().url(), status, Map.of("shares", Maps.ordered(
                "ru", pair.ru().mainShares().percent("ru"), "kk", pair.kk().mainShares().percent("kk"))));
    }

    /** A page whose twin is missing, was not visited, or could not be found. */
    void row(String page, String twin, String status, Map<String, Object> facts) {
        var row = new LinkedHashMap<String, Object>();
        row.put("page", page);
        row.put("twin", twin);
        row.put("status", status);
        row.putAll(facts);
        pairs.add(row);
    }

    void missing() {
        missing++;
    }

    void unpaired() {
        unpaired++;
    }

    void unchecked() {
        unchecked++;
    }

    /** The values for report.json's summary under {@code parity}. */
    Map<String, Object> toMap() {
        var percent = new LinkedHashMap<String, Object>();
        int allPages = 0;
        int allFilled = 0;
        for (var e : pages.entrySet()) {
            percent.put(e.getKey(), percent(filled.get(e.getKey()), e.getValue()));
            allPages += e.getValue();
            allFilled += filled.get(e.getKey());
        }
        percent.put("all", percent(allFilled, allPages));
        var m = new LinkedHashMap<String, Object>();
        m.put("share", percent.get("all"));
        m.put("verdict", verdict(allPages, allFilled));
        m.put("pages", new TreeMap<>(pages));
        m.put("filled", new TreeMap<>(filled));
        m.put("filledPercent", percent);
        m.put("pairsFound", pairsFound);
        m.put("pairsComplete", pairsComplete);
        m.put("missingCounterparts", missing);
        m.put("unpaired", unpaired);
        m.put("unchecked", unchecked);
        var rows = new ArrayList<>(pairs);
        rows.sort(Comparator.comparing((Map<String, Object> r) -> String.valueOf(r.get("page"))));
        m.put("pairs", rows);
        return m;
    }

    /** One line for the build log: the share, or that a whole language is missing. */
    private String verdict(int allPages, int allFilled) {
        if (allPages == 0) return "no Kazakh or Russian page found";
        for (String language : List.of("kk", "ru")) {
            if (!languages.contains(language)) {
                String other = language.equals("kk") ? "ru" : "kk";
                return "the site has no " + language + " page at all: none of its " + pages.getOrDefault(other, 0)
                        + " " + other + " pages has a twin";
            }
        }
        return percent(allFilled, allPages) + "% of " + allPages + " pages filled in both languages ("
                + pairsComplete + " of " + pairsFound + " pairs complete, " + missing + " twins missing, "
                + unpaired + " pages without a twin)";
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
