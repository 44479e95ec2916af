package kz.govsite.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The accessibility score: axe findings weighted by severity and normalised per page, and the
 * documents' accessibility findings normalised per document alike.
 *
 * <p>Each axe rule a page breaks costs the page the weight of its worst finding there (critical 10,
 * serious 5, moderate 2, minor 1), however many elements break it: one defect in a shared header
 * repeated on 40 elements is still one defect to fix. Each documents rule a document breaks costs
 * the document the same way. With D the total cost over the checked pages and the judged documents,
 * the score is {@code 100 * 10 / (10 + D)}: 100 with no finding, 50 when every page breaks one
 * critical rule, and never exactly 0, so very bad sites still rank among themselves. The families
 * count ({@code pages}, {@code documents}, {@code rulesBroken}, {@code cost}); this is the formula.
 */
final class AccessibilityScore {
    static final double HALF_AT = 10.0;

    private AccessibilityScore() {
    }

    /** @param sums the families' counts summed; {@code pages} only when axe ran, {@code documents} when documents did */
    static Score of(Map<String, Integer> sums) {
        int documents = sums.getOrDefault("documents", 0);
        if (!sums.containsKey("pages") && documents == 0) return Score.notApplicable(ScoreKind.ACCESSIBILITY, "axe did not run");
        int pages = sums.getOrDefault("pages", 0);
        if (pages + documents == 0) return Score.notApplicable(ScoreKind.ACCESSIBILITY, "no page was checked");
        int cost = sums.getOrDefault("cost", 0);
        double perPage = (double) cost / (pages + documents);
        var basis = new LinkedHashMap<String, Number>();
        basis.put("pages", pages);
        if (sums.containsKey("documents")) basis.put("documents", documents);
        basis.put("rulesBroken", sums.getOrDefault("rulesBroken", 0));
        basis.put("cost", cost);
        basis.put("costPerPage", Math.round(perPage * 100) / 100.0);
        return Score.of(ScoreKind.ACCESSIBILITY, 100 * HALF_AT / (HALF_AT + perPage), basis);
    }
}
