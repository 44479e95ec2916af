package kz.govsite.check.parity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.govsite.internal.Maps;

/** Counts the parity check's pages and pairs as it goes, then makes its {@link ParitySummary}. */
final class ParityTally {
    private final Map<String, Integer> pages = new TreeMap<>();
    private final Map<String, Integer> filled = new TreeMap<>();
    private int pairsFound;
    private int pairsComplete;
    private int missing;
    private int unpaired;
    private int unchecked;
    private final List<Pair> pairs = new ArrayList<>();
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
        pairs.add(new Pair(page, twin, status, new LinkedHashMap<>(facts)));
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

    /** The summary of what was counted, its pairs sorted by page. */
    ParitySummary summary() {
        var percent = new LinkedHashMap<String, Double>();
        int allPages = 0;
        int allFilled = 0;
        for (var e : pages.entrySet()) {
            percent.put(e.getKey(), percent(filled.get(e.getKey()), e.getValue()));
            allPages += e.getValue();
            allFilled += filled.get(e.getKey());
        }
        percent.put("all", percent(allFilled, allPages));
        var rows = new ArrayList<>(pairs);
        rows.sort(Comparator.comparing(Pair::page));
        return new ParitySummary(percent.get("all"), verdict(allPages, allFilled), new TreeMap<>(pages),
                new TreeMap<>(filled), percent, pairsFound, pairsComplete, missing, unpaired, unchecked, rows);
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
