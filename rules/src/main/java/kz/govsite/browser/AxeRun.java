package kz.govsite.browser;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What one axe-core run checks: the rules by tag, rules left out by id, and the part of the page.
 * The axe family makes one from its options; the low-vision mode makes its own for contrast.
 *
 * @param tags          rule tags to run, e.g. {@code wcag2aa}
 * @param disabledRules rule ids never to run
 * @param include       CSS selectors to check (empty: the whole page)
 * @param exclude       CSS selectors to leave out
 */
public record AxeRun(List<String> tags, List<String> disabledRules, List<String> include, List<String> exclude) {
    public AxeRun {
        tags = List.copyOf(tags);
        disabledRules = List.copyOf(disabledRules);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** The same run with further rules left out. */
    public AxeRun leavingOut(Collection<String> rules) {
        if (rules.isEmpty()) return this;
        var disabled = new LinkedHashSet<>(disabledRules);
        disabled.addAll(rules);
        return new AxeRun(tags, List.copyOf(disabled), include, exclude);
    }
}
