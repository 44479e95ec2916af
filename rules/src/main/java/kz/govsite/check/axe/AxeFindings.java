package kz.govsite.check.axe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.govsite.browser.AxeScript;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Outcome;
import kz.govsite.finding.Severity;
import kz.govsite.internal.Text;

/**
 * axe-core's results as findings, one per failing element, made the same way wherever axe ran
 * (the normal page, the low-vision mode): its impact, selector, WCAG criteria, snippet and help.
 */
public final class AxeFindings {
    /** A frame of the page axe could not check (it did not answer, or was gone). */
    public static final String FRAME_NOT_CHECKED = "axe.frame-not-checked";
    static final int SNIPPET_MAX = 300;
    private static final int SUMMARY_MAX = 500;

    private AxeFindings() {
    }

    /**
     * Every failing element of {@code result} as an {@code axe.<rule>} finding with axe's own help as
     * message, every element axe could not decide on as one to review with axe's reason, and every
     * frame axe could not check as {@link #FRAME_NOT_CHECKED}, also to review.
     */
    public static List<Finding> of(String url, AxeScript.AxeResult result) {
        var findings = new ArrayList<Finding>();
        result.violations().forEach(violation -> violation.nodes().forEach(node ->
                findings.add(of("axe." + violation.id(), url, violation, node, violation.help(),
                        summary(node).map(s -> Map.of("summary", s)).orElse(Map.of())))));
        // axe's "incomplete": it could not decide, and says why; a person must look.
        result.incomplete().forEach(rule -> rule.nodes().forEach(node ->
                findings.add(of("axe." + rule.id(), url, rule, node, rule.help(),
                        summary(node).map(s -> Map.of("reason", s)).orElse(Map.of())).asReview())));
        result.unchecked().forEach(frame -> findings.add(new Finding(FRAME_NOT_CHECKED, Severity.MODERATE, url,
                frame.selector(), "axe could not check this frame, so what is in it is not known: " + frame.reason(),
                List.of(), "", "", Map.of("reason", frame.reason()), Outcome.REVIEW)
                .withText(FRAME_NOT_CHECKED, "reason", frame.reason())));
        return findings;
    }

    /** One element failing one rule, as the finding {@code check} with {@code message} and {@code evidence}. */
    public static Finding of(String check, String url, AxeScript.Violation violation, AxeScript.Node node,
                             String message, Map<String, String> evidence) {
        String impact = node.impact() != null ? node.impact() : violation.impact();
        return new Finding(check, Severity.parse(impact), url, node.selector(), message,
                WcagTags.criteria(violation.tags()), Text.truncate(node.html(), SNIPPET_MAX), violation.helpUrl(),
                evidence);
    }

    /** axe's account of why the element fails, shortened, when it gave one. */
    public static Optional<String> summary(AxeScript.Node node) {
        return Optional.ofNullable(node.failureSummary()).map(s -> Text.truncate(s, SUMMARY_MAX));
    }
}
