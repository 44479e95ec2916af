package kz.govsite.check.axe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.govsite.AxeOptions;
import kz.govsite.browser.AxeScript;
import kz.govsite.check.LiveCheck;
import kz.govsite.check.LivePage;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import org.openqa.selenium.WebDriverException;

/** Runs axe-core on the page and turns each failing element into an {@code axe.<rule>} finding. */
public final class AxeCheck implements LiveCheck {
    static final int SNIPPET_MAX = 300;

    private final AxeOptions options;

    public AxeCheck(AxeOptions options) {
        this.options = options;
    }

    @Override
    public String family() {
        return "axe";
    }

    @Override
    public List<Finding> inspect(LivePage page) {
        var result = AxeScript.run(page.session(), options, AxeScript.noOverrides());
        double opened = page.session().openedDocument();
        if (opened != 0 && result.document() != opened) {
            // The page reloaded or left by itself while axe ran: these results belong to another document.
            throw new WebDriverException("the page reloaded itself while it was being checked");
        }
        return toFindings("axe.", page.url(), result);
    }

    /** One finding per failing element, ids prefixed with {@code prefix} (e.g. {@code axe.}). */
    public static List<Finding> toFindings(String prefix, String url, AxeScript.AxeResult result) {
        var findings = new ArrayList<Finding>();
        for (var violation : result.violations()) {
            List<String> wcag = WcagTags.criteria(violation.tags());
            for (var node : violation.nodes()) {
                String impact = node.impact() != null ? node.impact() : violation.impact();
                findings.add(new Finding(prefix + violation.id(), Severity.parse(impact), url,
                        String.join(" ", node.target()), violation.help(), wcag,
                        truncate(node.html(), SNIPPET_MAX), violation.helpUrl(),
                        node.failureSummary() == null ? Map.of()
                                : Map.of("summary", truncate(node.failureSummary(), 500))));
            }
        }
        return findings;
    }

    static String truncate(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
