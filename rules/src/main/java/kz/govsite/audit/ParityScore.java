package kz.govsite.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The language parity score: the share of Kazakh and Russian pages filled in both languages (the
 * twin exists and both are written in their own language), with twins that disagree in numbers or
 * structure counting half.
 *
 * <p>The parity family counts N pages, F filled and M mismatched; the documents family adds its
 * documents on paired pages (D, DF filled, DM mismatched). The score is
 * {@code 100 * (F + DF - (M + DM) / 2) / (N + D)}.
 */
final class ParityScore {
    private ParityScore() {
    }

    /** @param sums the families' counts summed; {@code pages} only when the parity check ran */
    static Score of(Map<String, Integer> sums) {
        if (!sums.containsKey("pages")) return Score.notApplicable(ScoreKind.PARITY, "the parity check did not run");
        int n = sums.get("pages");
        if (n == 0) return Score.notApplicable(ScoreKind.PARITY, "no Kazakh or Russian page was checked");
        int filled = sums.getOrDefault("filled", 0);
        int mismatched = sums.getOrDefault("mismatched", 0);
        int documents = sums.getOrDefault("documents", 0);
        int documentsFilled = sums.getOrDefault("documentsFilled", 0);
        int documentsMismatched = sums.getOrDefault("documentsMismatched", 0);
        var basis = new LinkedHashMap<String, Number>();
        basis.put("pages", n);
        basis.put("filled", filled);
        basis.put("mismatched", mismatched);
        if (sums.containsKey("documents")) {
            basis.put("documents", documents);
            basis.put("documentsFilled", documentsFilled);
            basis.put("documentsMismatched", documentsMismatched);
        }
        return Score.of(ScoreKind.PARITY, 100.0 * (filled + documentsFilled - (mismatched + documentsMismatched) / 2.0)
                / (n + documents), basis);
    }
}
