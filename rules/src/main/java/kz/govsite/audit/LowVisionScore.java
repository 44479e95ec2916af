package kz.govsite.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The low-vision score: on how many pages the version for the visually impaired is present, works,
 * persists, and passes its checks, each worth a quarter: {@code 100 * (present + works + persists +
 * passes) / (4 * pages)}. The low-vision family counts them per page; this is the formula.
 */
final class LowVisionScore {
    private static final String[] PARTS = {"present", "works", "persists", "passes"};

    private LowVisionScore() {
    }

    /** @param sums the low-vision family's counts; empty when it did not run */
    static Score of(Map<String, Integer> sums) {
        if (!sums.containsKey("pages")) return Score.notApplicable(ScoreKind.LOW_VISION, "the lowvision check did not run");
        int pages = sums.get("pages");
        if (pages == 0) return Score.notApplicable(ScoreKind.LOW_VISION, "no page was checked");
        var basis = new LinkedHashMap<String, Number>();
        basis.put("pages", pages);
        int earned = 0;
        for (String part : PARTS) {
            int n = sums.getOrDefault(part, 0);
            basis.put(part, n);
            earned += n;
        }
        return Score.of(ScoreKind.LOW_VISION, 100.0 * earned / (4.0 * pages), basis);
    }
}
