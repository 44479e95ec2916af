package kz.govsite.check.parity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.govsite.check.CheckFamily;
import kz.govsite.check.CheckSink;
import kz.govsite.check.FamilySetup;
import kz.govsite.check.language.LanguageFamily;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.internal.Text;
import kz.govsite.report.JUnitCases;
import kz.govsite.report.LimitFacts;
import kz.govsite.report.Report;
import kz.govsite.report.ReportText;
import kz.govsite.report.ScoreTerms;

/**
 * Whether the Kazakh and Russian versions say the same: {@code parity.*} findings, the share of
 * pages filled in both languages ({@code summary.parity}), its card and the pairs in report.html,
 * one JUnit case per pair, and the {@code minParityShare} limit.
 */
public final class ParityFamily implements CheckFamily {
    public static final String ID = "parity";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void addChecks(FamilySetup setup, CheckSink checks) {
        // Text copied between twins is reported as a language finding, so only when the language family runs.
        checks.site(new ParityCheck(setup.guesser().get(), LanguageOptions.of(setup.options()),
                setup.runs(LanguageFamily.ID)));
    }

    /**
     * The parity share in percent: {@code summary.parity.share}, or the parity check's
     * {@code summary.parity.filledPercent.all}; null when the run recorded neither.
     */
    public static Double share(Map<String, Object> summaryExtra) {
        return ParitySummary.from(summaryExtra).map(ParitySummary::share).orElse(null);
    }

    @Override
    public List<ScoreTerms> scoreTerms(Report report) {
        return ParityScoreTerms.of(report);
    }

    @Override
    public String htmlCard(Report report, ReportText text) {
        return ParitySection.card(report, text);
    }

    @Override
    public String htmlSection(Report report, ReportText text) {
        return ParitySection.pairs(report, text);
    }

    @Override
    public List<String> consoleLines(Report report) {
        return ParitySummary.from(report.summary().extra()).map(ParitySummary::verdict)
                .map(v -> List.of("Parity: " + v)).orElse(List.of());
    }

    /** Parity cases are pairs: the recorded ones, and any pair a finding names through its {@code twin}. */
    @Override
    public Optional<JUnitCases> junitCases(Report report) {
        var names = ParitySummary.from(report.summary().extra()).map(ParitySummary::pairs).orElse(List.of())
                .stream().map(Pair::label).toList();
        return Optional.of(new JUnitCases(names,
                f -> new Pair(f.url(), f.evidence().getOrDefault("twin", ""), "", Map.of()).label()));
    }

    @Override
    public void evaluateLimits(LimitFacts facts, List<String> breaches, List<String> notes) {
        facts.thresholds().minParityShare().ifPresent(min -> {
            var share = share(facts.summaryExtra());
            if (share == null) {
                notes.add("minParityShare not evaluated: this run recorded no parity share (is the parity check on?)");
            } else if (share < min) {
                breaches.add("parity share " + Text.percent(share) + "% is below minParityShare=" + Text.percent(min) + "%");
            }
        });
    }
}
