package kz.govsite.check.parity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code summary.parity}: the ministry's headline figure and what it is made of, i.e. how many
 * pages each language has, how many of them are "filled in both languages" (the twin exists and
 * both are in their language), and the pairs behind it, one row each for the report's pairs table.
 *
 * <p>Read back from a report.json, a field the report lacks (one written before it existed) is
 * null for the share, verdict and counts by language, 0 for the other counts.
 *
 * @param share               percent of pages filled in both languages
 * @param verdict             one line for the build log
 * @param pages               pages by language
 * @param filled              pages filled in both languages, by language
 * @param filledPercent       percent filled by language, then {@code all}
 * @param pairsFound          pairs whose two pages exist
 * @param pairsComplete       those with both pages in their own language
 * @param missingCounterparts pages whose twin is missing
 * @param unpaired            pages with no twin found
 * @param unchecked           pages whose twin was not visited
 * @param pairs               one row per page and its twin, sorted by page
 */
public record ParitySummary(Double share, String verdict, Map<String, Integer> pages, Map<String, Integer> filled,
                            Map<String, Double> filledPercent, int pairsFound, int pairsComplete,
                            int missingCounterparts, int unpaired, int unchecked, List<Pair> pairs) {

    /** The values for report.json's summary under {@code parity}. */
    public Map<String, Object> toMap() {
        var m = new LinkedHashMap<String, Object>();
        m.put("share", share);
        m.put("verdict", verdict);
        m.put("pages", pages);
        m.put("filled", filled);
        m.put("filledPercent", filledPercent);
        m.put("pairsFound", pairsFound);
        m.put("pairsComplete", pairsComplete);
        m.put("missingCounterparts", missingCounterparts);
        m.put("unpaired", unpaired);
        m.put("unchecked", unchecked);
        m.put("pairs", pairs.stream().map(Pair::asMap).toList());
        return m;
    }

    /**
     * The parity check's own count of pages and of those filled in both languages, summed over
     * languages, or empty when the report has no such counts.
     */
    public Optional<int[]> counts() {
        if (pages == null || filled == null) return Optional.empty();
        return Optional.of(new int[] {sum(pages), sum(filled)});
    }

    /** Read back from a report's summary, or empty when the parity check did not run. */
    public static Optional<ParitySummary> from(Map<String, Object> summaryExtra) {
        if (!(summaryExtra.get(ParityFamily.ID) instanceof Map<?, ?> m)) return Optional.empty();
        Map<String, Double> percent = numbers(m.get("filledPercent"), Number::doubleValue);
        Double share = m.get("share") instanceof Number n ? Double.valueOf(n.doubleValue())
                : percent != null && percent.get("all") != null ? percent.get("all") : null;
        var pairs = new ArrayList<Pair>();
        if (m.get("pairs") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> row) pairs.add(Pair.of(row));
            }
        }
        return Optional.of(new ParitySummary(share, m.get("verdict") instanceof String v ? v : null,
                numbers(m.get("pages"), Number::intValue), numbers(m.get("filled"), Number::intValue), percent,
                count(m, "pairsFound"), count(m, "pairsComplete"), count(m, "missingCounterparts"),
                count(m, "unpaired"), count(m, "unchecked"), pairs));
    }

    /** The numbers of a map read from JSON (others left out), or null when it is no map. */
    private static <T> Map<String, T> numbers(Object o, java.util.function.Function<Number, T> as) {
        if (!(o instanceof Map<?, ?> map)) return null;
        var out = new TreeMap<String, T>();
        map.forEach((k, v) -> {
            if (v instanceof Number n) out.put(String.valueOf(k), as.apply(n));
        });
        return out;
    }

    private static int count(Map<?, ?> m, String key) {
        return m.get(key) instanceof Number n ? n.intValue() : 0;
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
