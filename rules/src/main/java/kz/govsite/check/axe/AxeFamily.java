package kz.govsite.check.axe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.govsite.browser.AxeRun;
import kz.govsite.check.CheckFamily;
import kz.govsite.check.CheckSink;
import kz.govsite.check.FamilySetup;
import kz.govsite.report.Report;
import kz.govsite.report.ScoreFacts;
import kz.govsite.report.ScoreTerms;

/** axe-core's rules on every page: findings {@code axe.<rule>}, its options ({@link AxeOptions}). */
public final class AxeFamily implements CheckFamily {
    public static final String ID = "axe";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void addChecks(FamilySetup setup, CheckSink checks) {
        AxeRun run = run(setup);
        checks.axe(run);
        checks.live(new AxeCheck(run, setup.pictures(), setup.reportDirectory()));
    }

    /**
     * What axe runs: the configured rules, less those a family that runs reports better. One fault,
     * one finding: {@code lang="kz"} is {@code language.html-lang-invalid}, which explains the region
     * code, not also axe's {@code html-lang-valid}.
     */
    public static AxeRun run(FamilySetup setup) {
        return AxeOptions.of(setup.options()).run().leavingOut(setup.axeRulesCovered());
    }

    @Override
    public boolean needsAxe(FamilySetup setup) {
        return true;
    }

    @Override
    public boolean messagesAreRuleHelp() {
        return true;
    }

    /** Each rule a page breaks costs the page the weight of its worst finding there. */
    @Override
    public List<ScoreTerms> scoreTerms(Report report) {
        var terms = new LinkedHashMap<String, Integer>();
        terms.put("pages", ScoreFacts.checkedPages(report).size());
        terms.putAll(ScoreFacts.accessibilityCost(report, id -> id.startsWith(ID + ".")));
        return List.of(new ScoreTerms(ScoreTerms.ACCESSIBILITY, terms));
    }

    @Override
    public void validateOptions(Map<String, String> options) {
        AxeOptions.of(options);
    }

    @Override
    public void describeOptions(Map<String, String> options, boolean runs, Map<String, Object> config) {
        AxeOptions.of(options).describe(config);
    }
}
