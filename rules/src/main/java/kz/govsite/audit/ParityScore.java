package kz.govsite.audit;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kz.govsite.report.PageResult;

/**
 * The language parity score: the share of Kazakh and Russian pages whose twin exists and that are
 * written in their own language, with twins that disagree in numbers or structure counting half.
 *
 * <p>N is the checked pages whose {@code <html lang>} is Kazakh ({@code kk}, or the {@code kz} sites
 * write) or Russian. A page is <i>unfilled</i> when it has {@code parity.missing-counterpart} or
 * {@code language.wrong-language}; <i>mismatched</i> when it is not unfilled and has
 * {@code parity.numbers-mismatch} or {@code parity.structure-mismatch}. The score is
 * {@code 100 * (N - unfilled - mismatched / 2) / N}.
 */
final class ParityScore {
    static final Set<String> UNFILLED = Set.of("parity.missing-counterpart", "language.wrong-language");
    static final Set<String> MISMATCHED = Set.of("parity.numbers-mismatch", "parity.structure-mismatch");
    private static final Set<String> PAIR_LANGUAGES = Set.of("kk", "kz", "ru");

    private ParityScore() {
    }

    static Score of(ScoreInputs in) {
        if (!in.ran("parity")) return Score.notApplicable(ScoreKind.PARITY, "the parity check did not run");
        Set<String> pairPages = in.pages().stream().filter(p -> PAIR_LANGUAGES.contains(primary(p)))
                .map(PageResult::url).collect(Collectors.toSet());
        if (pairPages.isEmpty()) return Score.notApplicable(ScoreKind.PARITY, "no Kazakh or Russian page was checked");
        var unfilled = new HashSet<>(in.urlsWith(UNFILLED::contains));
        unfilled.retainAll(pairPages);
        var mismatched = new HashSet<>(in.urlsWith(MISMATCHED::contains));
        mismatched.retainAll(pairPages);
        mismatched.removeAll(unfilled);
        int n = pairPages.size();
        var basis = new LinkedHashMap<String, Number>();
        basis.put("pages", n);
        basis.put("unfilled", unfilled.size());
        basis.put("mismatched", mismatched.size());
        return Score.of(ScoreKind.PARITY, 100.0 * (n - unfilled.size() - mismatched.size() / 2.0) / n, basis);
    }

    private static String primary(PageResult page) {
        String lang = page.lang().strip().toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        return dash < 0 ? lang : lang.substring(0, dash);
    }
}
