package kz.govsite;

import java.util.List;

/**
 * What axe-core is asked to check.
 *
 * @param tags          rule tags to run, e.g. {@code wcag2aa}
 * @param disabledRules rule ids never to run
 * @param include       CSS selectors to check (empty: the whole page)
 * @param exclude       CSS selectors to leave out
 */
public record AxeOptions(List<String> tags, List<String> disabledRules, List<String> include, List<String> exclude) {
    public static final List<String> DEFAULT_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    public AxeOptions {
        tags = List.copyOf(tags);
        disabledRules = List.copyOf(disabledRules);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public static AxeOptions defaults() {
        return new AxeOptions(DEFAULT_TAGS, List.of(), List.of(), List.of());
    }
}
