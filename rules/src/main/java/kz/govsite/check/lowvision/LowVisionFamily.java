package kz.govsite.check.lowvision;

import static kz.govsite.internal.Html.esc;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.govsite.check.CheckFamily;
import kz.govsite.check.CheckSink;
import kz.govsite.check.FamilySetup;
import kz.govsite.check.axe.AxeFamily;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageResult;
import kz.govsite.report.LimitFacts;
import kz.govsite.report.Report;
import kz.govsite.report.ReportText;
import kz.govsite.report.ScoreTerms;

/**
 * The version for the visually impaired: {@code lowvision.*} findings, its card in report.html and
 * the {@code lowVision.required} limit; its options are {@link LowVisionOptions}.
 */
public final class LowVisionFamily implements CheckFamily {
    public static final String ID = "lowvision";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void addChecks(FamilySetup setup, CheckSink checks) {
        checks.live(new LowVisionCheck(new LowVisionSettings(LowVisionOptions.of(setup.options()), AxeFamily.run(setup),
                setup.runs(AxeFamily.ID), setup.reportDirectory())));
    }

    /** The mode's contrast is judged by axe's contrast rules. */
    @Override
    public boolean needsAxe(FamilySetup setup) {
        return !LowVisionOptions.of(setup.options()).contrastRules().isEmpty();
    }

    @Override
    public void validateOptions(Map<String, String> options) {
        LowVisionOptions.of(options);
    }

    @Override
    public void describeOptions(Map<String, String> options, boolean runs, Map<String, Object> config) {
        LowVisionOptions.of(options).describe(config);
    }

    @Override
    public String htmlCard(Report report, ReportText t) {
        return "<section aria-labelledby=\"lowvision\"><h3 id=\"lowvision\">" + esc(t.get("lowvision")) + "</h3><p>"
                + esc(summary(report, t)) + "</p></section>\n";
    }

    /** One sentence: not checked, missing, fine on every page, or how many issues on how many pages. */
    static String summary(Report report, ReportText t) {
        boolean ran = report.config().get("checks") instanceof List<?> checks && checks.contains(ID);
        if (!ran) return t.get("lowvision.none");
        Set<String> checked = report.pages().stream().filter(PageResult::isPage).map(PageResult::url).collect(Collectors.toSet());
        if (!hasLowVisionVersion(report.findings(), checked, report.summary().extra())) return t.get("lowvision.missing");
        var lv = report.findings().stream().filter(f -> f.family().equals(ID)).toList();
        if (lv.isEmpty()) return t.get("lowvision.ok", checked.size());
        return t.get("lowvision.issues", lv.size(), lv.stream().map(Finding::url).distinct().count());
    }

    @Override
    public List<ScoreTerms> scoreTerms(Report report) {
        return LowVisionScoreTerms.of(report);
    }

    @Override
    public void evaluateLimits(LimitFacts facts, List<String> breaches, List<String> notes) {
        if (!LowVisionOptions.of(facts.options()).required()) return;
        if (!facts.familiesRun().contains(ID)) {
            notes.add("lowVision.required not evaluated: the lowvision check did not run");
        } else if (!hasLowVisionVersion(facts.all(), facts.checkedPages(), facts.summaryExtra())) {
            breaches.add("the site has no low-vision version: no checked page offers a control to switch "
                    + "it on (lowVision.required)");
        }
    }

    /**
     * A site has a low-vision version unless its low-vision summary says {@code available: false},
     * or, without such a summary, every checked page lacks the control to switch it on.
     */
    static boolean hasLowVisionVersion(List<Finding> findings, Set<String> checkedPages, Map<String, Object> summaryExtra) {
        var summary = LowVisionSummary.from(summaryExtra);
        if (summary.isPresent()) return summary.get().available();
        if (checkedPages.isEmpty()) return true;
        Set<String> without = findings.stream().filter(f -> f.check().equals(LowVisionFindings.TOGGLE_MISSING))
                .map(Finding::url).collect(Collectors.toSet());
        return !without.containsAll(checkedPages);
    }
}
