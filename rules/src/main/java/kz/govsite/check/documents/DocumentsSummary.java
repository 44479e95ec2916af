package kz.govsite.check.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code summary.documents}: how many documents were linked, read and taken from the cache, the
 * documents' parity share, and one row per document for the report's documents table.
 *
 * @param linked     documents linked from the checked pages
 * @param checked    those the check read or took from the cache
 * @param notChecked linked but past {@code maxDocuments} or not reached
 * @param opened     documents opened this run
 * @param cached     documents taken from the cache
 * @param byState    documents by state ({@code checked}, {@code unreadable}, {@code encrypted}, ...), or null when a report lacks it
 * @param limits     the options that bounded the check, as report.json shows them
 * @param parity     the documents' pairs in both languages, or null when a report lacks them
 * @param list       one row per document as report.json shows it, sorted by URL
 */
public record DocumentsSummary(int linked, int checked, int notChecked, int opened, int cached,
                               Map<String, Integer> byState, Object limits, Parity parity,
                               List<Map<String, Object>> list) {

    /**
     * The documents' pairs: a document and its counterpart in the other language. Read back from a
     * report.json, a count the report lacks is null.
     *
     * @param pairs      pairs found
     * @param complete   pairs whose numbers agree
     * @param mismatched pairs whose numbers differ
     * @param missing    documents with no counterpart
     * @param share      percent of documents in a complete pair, or null when there are none
     */
    public record Parity(Integer pairs, Integer complete, Integer mismatched, Integer missing, Double share) {
        /** Pairs, those whose numbers differ and documents with no counterpart, or empty when one is not known. */
        public Optional<int[]> counts() {
            if (pairs == null || mismatched == null || missing == null) return Optional.empty();
            return Optional.of(new int[] {pairs, mismatched, missing});
        }

        Map<String, Object> toMap() {
            var m = new LinkedHashMap<String, Object>();
            m.put("pairs", pairs);
            m.put("complete", complete);
            m.put("mismatched", mismatched);
            m.put("missing", missing);
            m.put("share", share);
            return m;
        }
    }

    /** Documents whose accessibility is known: read to the end, or unreadable to everyone (damaged, password-protected). */
    public int judged() {
        if (byState == null) return 0;
        int n = 0;
        for (String state : List.of("checked", "unreadable", "encrypted")) n += byState.getOrDefault(state, 0);
        return n;
    }

    /** The values for report.json's summary under {@code documents}. */
    Map<String, Object> toMap() {
        var m = new LinkedHashMap<String, Object>();
        m.put("linked", linked);
        m.put("checked", checked);
        m.put("notChecked", notChecked);
        m.put("opened", opened);
        m.put("cached", cached);
        m.put("byState", byState);
        m.put("limits", limits);
        m.put("parity", parity.toMap());
        m.put("list", list);
        return m;
    }

    /** Read back from a report's summary, or empty when the documents check did not run. */
    public static Optional<DocumentsSummary> from(Map<String, Object> summaryExtra) {
        if (!(summaryExtra.get(DocumentsFamily.ID) instanceof Map<?, ?> m)) return Optional.empty();
        Map<String, Integer> byState = null;
        if (m.get("byState") instanceof Map<?, ?> states) {
            byState = new TreeMap<>();
            for (var e : states.entrySet()) {
                if (e.getValue() instanceof Number n) byState.put(String.valueOf(e.getKey()), n.intValue());
            }
        }
        Parity parity = null;
        if (m.get("parity") instanceof Map<?, ?> p) {
            parity = new Parity(known(p, "pairs"), known(p, "complete"), known(p, "mismatched"), known(p, "missing"),
                    p.get("share") instanceof Number s ? Double.valueOf(s.doubleValue()) : null);
        }
        var list = new ArrayList<Map<String, Object>>();
        if (m.get("list") instanceof List<?> rows) {
            for (Object o : rows) {
                if (o instanceof Map<?, ?> row) {
                    var copy = new LinkedHashMap<String, Object>();
                    row.forEach((k, v) -> copy.put(String.valueOf(k), v));
                    list.add(copy);
                }
            }
        }
        return Optional.of(new DocumentsSummary(count(m, "linked"), count(m, "checked"), count(m, "notChecked"),
                count(m, "opened"), count(m, "cached"), byState, m.get("limits"), parity, list));
    }

    private static Integer known(Map<?, ?> m, String key) {
        return m.get(key) instanceof Number n ? Integer.valueOf(n.intValue()) : null;
    }

    private static int count(Map<?, ?> m, String key) {
        return m.get(key) instanceof Number n ? n.intValue() : 0;
    }
}
