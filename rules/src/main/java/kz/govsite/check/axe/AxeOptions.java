package kz.govsite.check.axe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.govsite.OptionSet;
import kz.govsite.OptionValues;
import kz.govsite.browser.AxeRun;

/**
 * What the user asks axe-core to check, read from the run's raw options: {@code govsite.axeTags},
 * {@code govsite.axeDisabledRules}, {@code govsite.axeInclude}, {@code govsite.axeExclude}.
 *
 * @param tags          rule tags to run, e.g. {@code wcag2aa}
 * @param disabledRules rule ids never to run
 * @param include       CSS selectors to check (empty: the whole page)
 * @param exclude       CSS selectors to leave out
 */
public record AxeOptions(List<String> tags, List<String> disabledRules, List<String> include, List<String> exclude)
        implements OptionSet {
    public static final String TAGS = "govsite.axeTags";
    public static final String DISABLED_RULES = "govsite.axeDisabledRules";
    public static final String INCLUDE = "govsite.axeInclude";
    public static final String EXCLUDE = "govsite.axeExclude";
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

    /** Reads the options by property name; no tags given means the default WCAG A/AA tags. */
    public static AxeOptions of(Map<String, String> options) {
        List<String> tags = OptionValues.list(options, TAGS);
        return new AxeOptions(tags.isEmpty() ? DEFAULT_TAGS : tags, OptionValues.list(options, DISABLED_RULES),
                OptionValues.list(options, INCLUDE), OptionValues.list(options, EXCLUDE));
    }

    @Override
    public Map<String, String> values() {
        var m = new LinkedHashMap<String, String>();
        m.put(TAGS, String.join(",", tags));
        m.put(DISABLED_RULES, String.join(",", disabledRules));
        m.put(INCLUDE, String.join(",", include));
        m.put(EXCLUDE, String.join(",", exclude));
        return m;
    }

    /** The axe run these options ask for. */
    public AxeRun run() {
        return new AxeRun(tags, disabledRules, include, exclude);
    }

    /** Adds the options to report.json's {@code config} under the names it has always used. */
    void describe(Map<String, Object> config) {
        config.put("axeTags", tags);
        config.put("axeDisabledRules", disabledRules);
    }
}
