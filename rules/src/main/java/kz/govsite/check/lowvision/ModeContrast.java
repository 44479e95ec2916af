package kz.govsite.check.lowvision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.govsite.browser.AxeRun;
import kz.govsite.browser.AxeScript;
import kz.govsite.browser.BrowserSession;
import kz.govsite.finding.Finding;

/**
 * Runs axe's contrast rules in the mode, under each colour scheme the mode offers, and keeps what
 * the normal-mode axe check has not reported already.
 */
final class ModeContrast {
    /** Tags under which axe runs its minimum contrast rule. */
    private static final java.util.Set<String> CONTRAST_TAGS = java.util.Set.of("wcag2aa", "wcag143", "cat.color");

    private final BrowserSession session;
    private final PageProbe probe;
    private final LowVisionSettings settings;

    ModeContrast(BrowserSession session, PageProbe probe, LowVisionSettings settings) {
        this.session = session;
        this.probe = probe;
        this.settings = settings;
    }

    /**
     * Checks the current state, or each scheme in turn when there are any; {@code normal} and
     * {@code normalOpeners} (the openers' text, left out of {@code normal}) tell repeats.
     */
    Result check(List<ControlFinder.SchemeControl> schemes, PageState normal, List<TextSample> normalOpeners) {
        var before = TextSizes.byKey(normal);
        normalOpeners.forEach(t -> before.putIfAbsent(t.key(), t));
        var runs = new ArrayList<SchemeRun>();
        if (schemes.isEmpty()) {
            runs.add(new SchemeRun(null, newFailures(before)));
        } else {
            for (var scheme : schemes) {
                probe.scriptClick(scheme.control().element());
                probe.nextFrame();
                runs.add(new SchemeRun(scheme.scheme(), newFailures(before)));
            }
        }
        return new Result(runs);
    }

    /**
     * The failures the mode brought: an element the mode leaves in its normal colours (no smaller,
     * no lighter) is the normal version's design, judged by the axe check there, whichever
     * contrast rule fails in the mode (larger text there moves a failure from the minimum to the
     * enhanced rule).
     */
    private List<Failure> newFailures(Map<String, TextSample> before) {
        var result = AxeScript.run(session, contrastOnly(), overrides());
        var failures = new ArrayList<Failure>();
        var maybeRepeats = new ArrayList<Failure>();
        for (var violation : result.violations()) {
            for (var node : violation.nodes()) {
                var failure = new Failure(violation, node);
                failures.add(failure);
                if (axeJudgesContrast() && node.target().size() == 1) maybeRepeats.add(failure);
            }
        }
        if (!maybeRepeats.isEmpty()) {
            var now = probe.describe(maybeRepeats.stream().map(f -> f.node().target().get(0)).toList());
            for (int i = 0; i < maybeRepeats.size(); i++) {
                TextSample inMode = now.get(i);
                if (inMode != null && inMode.contrastFailsIn(before.get(inMode.key()))) {
                    failures.remove(maybeRepeats.get(i));
                }
            }
        }
        return failures;
    }

    /** Whether the axe check runs the contrast rule on the normal page, so that its colours are judged there. */
    private boolean axeJudgesContrast() {
        AxeRun axe = settings.axe();
        return settings.axeRuns() && !axe.disabledRules().contains("color-contrast")
                && axe.tags().stream().anyMatch(CONTRAST_TAGS::contains);
    }

    private AxeRun contrastOnly() {
        return new AxeRun(List.of("cat.color"), List.of(), settings.axe().include(), settings.axe().exclude());
    }

    /** The configured contrast rules on, every other colour rule off (axe leaves color-contrast-enhanced off). */
    private Map<String, Boolean> overrides() {
        var rules = new LinkedHashMap<String, Boolean>();
        AxeScript.ruleIdsTagged(session, "cat.color").forEach(id -> rules.put(id, false));
        settings.options().contrastRules().forEach(id -> rules.put(id, true));
        return rules;
    }

    /** One element failing one rule. */
    record Failure(AxeScript.Violation violation, AxeScript.Node node) {
        String key() {
            return violation.id() + " " + node.selector();
        }
    }

    /** The failures under one scheme (null: the mode as it comes). */
    record SchemeRun(String scheme, List<Failure> failures) {
    }

    /** All runs; findings name the schemes an element fails under. */
    record Result(List<SchemeRun> runs) {
        List<Finding> findings(String url) {
            var schemesOf = new LinkedHashMap<String, List<String>>();
            var first = new LinkedHashMap<String, Failure>();
            for (SchemeRun run : runs) {
                for (Failure f : run.failures()) {
                    first.putIfAbsent(f.key(), f);
                    var list = schemesOf.computeIfAbsent(f.key(), k -> new ArrayList<>());
                    if (run.scheme() != null) list.add(run.scheme());
                }
            }
            var out = new ArrayList<Finding>();
            first.forEach((key, f) -> out.add(LowVisionFindings.contrast(url, f.violation(), f.node(), schemesOf.get(key))));
            return out;
        }

        /** Per scheme, how many elements fail, for report.json. */
        List<Map<String, Object>> schemes() {
            var out = new ArrayList<Map<String, Object>>();
            for (SchemeRun run : runs) {
                if (run.scheme() == null) continue;
                var m = new LinkedHashMap<String, Object>();
                m.put("name", run.scheme());
                m.put("contrastFailures", run.failures().size());
                out.add(m);
            }
            return out;
        }
    }
}
