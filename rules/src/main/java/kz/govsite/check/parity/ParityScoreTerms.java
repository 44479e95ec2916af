package kz.govsite.check.parity;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kz.govsite.check.language.WrongLanguage;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.report.ScoreFacts;
import kz.govsite.report.ScoreTerms;

/**
 * What the parity check adds to the audit's parity score: N, the Kazakh and Russian pages, F, those
 * filled in both languages, and M, those filled whose twins disagree in numbers or structure.
 *
 * <p>N and F are the check's own counts ({@code summary.parity.pages} and {@code filled}); a report
 * without them (written before that summary existed) derives them from its pages and findings: N is
 * the checked pages whose {@code <html lang>} is Kazakh ({@code kk}, or the {@code kz} sites write) or
 * Russian, F those without {@code parity.missing-counterpart} or {@code language.wrong-language}.
 */
final class ParityScoreTerms {
    static final Set<String> UNFILLED = Set.of(MissingCounterpart.ID, WrongLanguage.ID);
    static final Set<String> MISMATCHED = Set.of(NumbersMismatch.ID, StructureMismatch.ID);
    private static final Set<String> PAIR_LANGUAGES = Set.of("kk", "kz", "ru");

    private ParityScoreTerms() {
    }

    static List<ScoreTerms> of(Report report) {
        Set<String> unfilled = ScoreFacts.urlsWith(report, UNFILLED::contains);
        int[] counts = ParitySummary.from(report.summary().extra()).flatMap(ParitySummary::counts)
                .orElseGet(() -> fromFindings(report, unfilled));
        var mismatched = new HashSet<>(ScoreFacts.urlsWith(report, MISMATCHED::contains));
        mismatched.removeAll(unfilled);
        var terms = new LinkedHashMap<String, Integer>();
        terms.put("pages", counts[0]);
        terms.put("filled", counts[1]);
        terms.put("mismatched", Math.min(mismatched.size(), counts[1]));
        return List.of(new ScoreTerms(ScoreTerms.PARITY, terms));
    }

    private static int[] fromFindings(Report report, Set<String> unfilled) {
        Set<String> pairPages = ScoreFacts.checkedPages(report).stream().filter(p -> PAIR_LANGUAGES.contains(primary(p)))
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
