package kz.govsite.check.axe;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.govsite.browser.AxeScript;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.internal.Text;

/**
 * axe-core's results as findings, one per failing element, made the same way wherever axe ran
 * (the normal page, the low-vision mode): its impact, selector, WCAG criteria, snippet and help.
 */
public final class AxeFindings {
    static final int SNIPPET_MAX = 300;
    private static final int SUMMARY_MAX = 500;

    private AxeFindings() {
    }

    /** Every failing element of {@code result} as an {@code axe.<rule>} finding with axe's own help as message. */
    public static List<Finding> of(String url, AxeScript.AxeResult result) {
        return result.violations().stream().flatMap(violation -> violation.nodes().stream().map(node ->
                of("axe." + violation.id(), url, violation, node, violation.help(),
                        summary(node).map(s -> Map.of("summary", s)).orElse(Map.of())))).toList();
    }

    /** One element failing one rule, as the finding {@code check} with {@code message} and {@code evidence}. */
    public static Finding of(String check, String url, AxeScript.Violation violation, AxeScript.Node node,
                             String message, Map<String, String> evidence) {
        String impact = node.impact() != null ? node.impact() : violation.impact();
        return new Finding(check, Severity.parse(impact), url, String.join(" ", node.target()), message,
                WcagTags.criteria(violation.tags()), Text.truncate(node.html(), SNIPPET_MAX), violation.helpUrl(),
                evidence);
    }

    /** axe's account of why the element fails, shortened, when it gave one. */
    public static Optional<String> summary(AxeScript.Node node) {
        return Optional.ofNullable(node.failureSummary()).map(s -> Text.truncate(s, SUMMARY_MAX));
    }
}
