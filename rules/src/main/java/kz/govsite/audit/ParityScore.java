package kz.govsite.audit;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kz.govsite.check.documents.DocumentsFamily;
import kz.govsite.check.parity.ParityFamily;
import kz.govsite.page.PageResult;

/**
 * The language parity score: the share of Kazakh and Russian pages filled in both languages (the
 * twin exists and both are written in their own language), with twins that disagree in numbers or
 * structure counting half.
 *
 * <p>N and F, the Kazakh and Russian pages and those filled, are the parity check's own counts
 * ({@code summary.parity.pages} and {@code summary.parity.filled}); a report without them (written
 * before that summary existed) derives them from its pages and findings: N is the checked pages
 * whose {@code <html lang>} is Kazakh ({@code kk}, or the {@code kz} sites write) or Russian, and F
 * those without {@code parity.missing-counterpart} or {@code language.wrong-language}. M is the
 * pages with {@code parity.numbers-mismatch} or {@code parity.structure-mismatch} and neither of
 * those two (at most F). The documents check adds its documents on paired pages
 * ({@code summary.documents.parity}): P pairs and A documents without a counterpart add 2P + A to N,
 * 2P less the documents in the wrong language to F, and both documents of a pair whose numbers
 * differ to M. The score is {@code 100 * (F - M / 2) / N}.
 */
final class ParityScore {
    static final Set<String> UNFILLED = Set.of("parity.missing-counterpart", "language.wrong-language");
    static final Set<String> MISMATCHED = Set.of("parity.numbers-mismatch", "parity.structure-mismatch");
    private static final Set<String> PAIR_LANGUAGES = Set.of("kk", "kz", "ru");

    private ParityScore() {
    }

    static Score of(ScoreInputs in) {
        if (!in.ran(ParityFamily.ID)) return Score.notApplicable(ScoreKind.PARITY, "the parity check did not run");
        Set<String> unfilled = in.urlsWith(UNFILLED::contains);
        int[] counts = in.parityCounts().orElseGet(() -> fromFindings(in, unfilled));
        int n = counts[0];
        int filled = counts[1];
        int documents = 0;
        int documentsFilled = 0;
        int documentsMismatched = 0;
        if (in.ran(DocumentsFamily.ID) && in.documentPairs().isPresent()) {
            int[] d = in.documentPairs().get();
            int wrong = in.urlsWith("documents.wrong-language"::equals).size();
            documents = 2 * d[0] + d[2];
            documentsFilled = Math.max(0, 2 * d[0] - wrong);
            documentsMismatched = Math.min(2 * d[1], documentsFilled);
        }
        if (n == 0) return Score.notApplicable(ScoreKind.PARITY, "no Kazakh or Russian page was checked");
        var mismatched = new HashSet<>(in.urlsWith(MISMATCHED::contains));
        mismatched.removeAll(unfilled);
        int m = Math.min(mismatched.size(), filled);
        var basis = new LinkedHashMap<String, Number>();
        basis.put("pages", n);
        basis.put("filled", filled);
        basis.put("mismatched", m);
        if (in.ran(DocumentsFamily.ID)) {
            basis.put("documents", documents);
            basis.put("documentsFilled", documentsFilled);
            basis.put("documentsMismatched", documentsMismatched);
        }
        return Score.of(ScoreKind.PARITY, 100.0 * (filled + documentsFilled - (m + documentsMismatched) / 2.0)
                / (n + documents), basis);
    }

    private static int[] fromFindings(ScoreInputs in, Set<String> unfilled) {
        Set<String> pairPages = in.pages().stream().filter(p -> PAIR_LANGUAGES.contains(primary(p)))
                .map(PageResult::url).collect(Collectors.toSet());
        int bad = (int) pairPages.stream().filter(unfilled::contains).count();
        return new int[] {pairPages.size(), pairPages.size() - bad};
    }

    private static String primary(PageResult page) {
        String lang = page.lang().strip().toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        return dash < 0 ? lang : lang.substring(0, dash);
    }
}
