package kz.govsite.check.parity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page and its language twin as the parity check recorded them in {@code summary.parity.pairs}
 * ({@link ParitySummary#pairs()}).
 *
 * @param page   the page (usually the Russian one)
 * @param twin   its twin (usually the Kazakh one), or empty when it has none
 * @param status the pair's status in the parity check's words (e.g. {@code complete}, {@code missing})
 * @param facts  everything else recorded about the pair (language shares), keys sorted
 */
public record Pair(String page, String twin, String status, Map<String, Object> facts) {
    private static final List<String> PAGE_KEYS = List.of("page", "ru", "url");
    private static final List<String> TWIN_KEYS = List.of("twin", "kk");

    /** Pairs named by {@code parity.*} findings through their {@code twin} evidence, with those checks as status. */
    public static List<Pair> fromFindings(List<kz.govsite.finding.Finding> findings) {
        var byPair = new LinkedHashMap<String, java.util.TreeSet<String>>();
        var pairs = new LinkedHashMap<String, String[]>();
        for (var f : findings) {
            String twin = f.evidence().get("twin");
            if (!f.family().equals(ParityFamily.ID) || twin == null) continue;
            String key = f.url() + "\u001f" + twin;
            pairs.putIfAbsent(key, new String[] {f.url(), twin});
            byPair.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(f.check());
        }
        var out = new ArrayList<Pair>();
        pairs.forEach((key, p) -> out.add(new Pair(p[0], p[1], String.join(", ", byPair.get(key)), Map.of())));
        return out;
    }

    static Pair of(Map<?, ?> m) {
        String page = first(m, PAGE_KEYS);
        String twin = first(m, TWIN_KEYS);
        var facts = new java.util.TreeMap<String, Object>();
        m.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (!PAGE_KEYS.contains(key) && !TWIN_KEYS.contains(key) && !key.equals("status")) facts.put(key, v);
        });
        Object status = m.get("status");
        return new Pair(page, twin, status == null ? "" : String.valueOf(status), facts);
    }

    private static String first(Map<?, ?> m, List<String> keys) {
        for (String k : keys) {
            if (m.get(k) != null) return String.valueOf(m.get(k));
        }
        return "";
    }

    /** The pair's name in test reports: {@code page <-> twin}, or the page alone. */
    public String label() {
        return twin.isEmpty() ? page : page + " <-> " + twin;
    }

    Map<String, Object> asMap() {
        var m = new LinkedHashMap<String, Object>();
        m.put("page", page);
        m.put("twin", twin);
        m.put("status", status);
        m.putAll(facts);
        return m;
    }
}
