package kz.govsite.report;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.govsite.GovsiteConfig;
import kz.govsite.InvalidConfigException;
import kz.govsite.check.CheckFamily;
import kz.govsite.finding.Baseline;
import kz.govsite.finding.BaselineComparison;
import kz.govsite.finding.Finding;
import kz.govsite.finding.SuppressionCount;
import kz.govsite.finding.Suppressions;
import kz.govsite.page.PageResult;

/** Decides what a run's findings mean: suppressions first, then the baseline, then failOn and the limits. */
public final class Judge {
    private Judge() {
    }

    /**
     * What the reports show and whether the build fails.
     *
     * @param findings     findings reported (suppressed ones left out)
     * @param suppressions every configured suppression with how many findings it took out
     * @param summary      counts of the reported findings
     * @param verdict      the decision
     */
    public record Judgement(List<Finding> findings, List<SuppressionCount> suppressions, Summary summary,
                            Verdict verdict) {
    }

    /** Judges a finished run; a baseline file that cannot be read is a configuration error. */
    public static Judgement judge(GovsiteConfig config, List<PageResult> pages, List<Finding> findings,
                                  Map<String, Object> summaryExtra) {
        var options = config.report();
        var applied = Suppressions.apply(options.suppressions(), findings);
        Set<String> checked = pages.stream().filter(PageResult::isPage).map(PageResult::url).collect(Collectors.toSet());
        Optional<BaselineComparison> comparison = Optional.empty();
        if (options.baseline() != null) {
            comparison = Optional.of(readBaseline(config).compare(applied.kept(), checked));
        }
        List<Finding> counted = comparison.map(BaselineComparison::fresh).orElse(applied.kept());
        Set<String> familiesRun = config.familiesRun().stream().map(CheckFamily::id).collect(Collectors.toSet());
        var limits = Limits.evaluate(config.families(), options.thresholds(), config.options(), comparison.isPresent(),
                counted, applied.kept(), checked, familiesRun, summaryExtra);
        var verdict = Verdict.decide(config.failOn(), config.failOnReview(), applied.kept(), comparison, limits.breaches(), limits.notes());
        return new Judgement(applied.kept(), applied.counts(), Summary.of(pages, applied.kept(), summaryExtra), verdict);
    }

    /** The configured baseline; one that cannot be read is a configuration error, told before any work. */
    public static Baseline readBaseline(GovsiteConfig config) {
        var file = config.report().baseline();
        try {
            return Baseline.read(file);
        } catch (NoSuchFileException e) {
            throw new InvalidConfigException("govsite.baseline", "'" + file
                    + "' does not exist; write one with the govsite:baseline goal");
        } catch (IOException e) {
            throw new InvalidConfigException("govsite.baseline", "cannot read '" + file + "': " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException("govsite.baseline", e.getMessage());
        }
    }
}
