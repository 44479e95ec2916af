package kz.govsite.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.govsite.browser.AxeRun;
import kz.govsite.InvalidConfigException;
import kz.govsite.browser.AxeScript;
import kz.govsite.browser.BrowserSession;

/**
 * Reads axe-core's version and the rules a run executes, in a real browser, and refuses settings
 * that would make axe check nothing or fail on every page: an unknown tag or rule id, a selector
 * the browser cannot parse.
 */
final class AxeSetup {
    private AxeSetup() {
    }

    /** Validates the options against the axe-core in {@code session} and describes the run for report.json. */
    static Map<String, Object> describe(BrowserSession session, AxeRun options) {
        session.blank();
        AxeScript.inject(session);
        @SuppressWarnings("unchecked")
        var known = (Map<String, Object>) session.script("""
                var tags = {}, ids = [];
                axe.getRules().forEach(function (r) {
                  ids.push(r.ruleId);
                  r.tags.forEach(function (t) { tags[t] = true; });
                });
                return { tags: Object.keys(tags), ids: ids };
                """);
        @SuppressWarnings("unchecked")
        var tags = (List<String>) known.get("tags");
        @SuppressWarnings("unchecked")
        var ids = (List<String>) known.get("ids");
        var unknownTags = new ArrayList<>(options.tags());
        unknownTags.removeAll(tags);
        if (!unknownTags.isEmpty()) {
            throw new InvalidConfigException("govsite.axeTags", "axe-core has no rules tagged "
                    + String.join(", ", unknownTags) + ": use its tags, e.g. wcag2a, wcag2aa, wcag21a, wcag21aa, "
                    + "wcag22aa, best-practice");
        }
        for (String rule : options.disabledRules()) {
            if (!ids.contains(rule)) {
                throw new InvalidConfigException("govsite.axeDisabledRules", "'" + rule + "' is not an axe-core rule id:"
                        + " give ids such as color-contrast or image-alt (axe fails on every page with an unknown id)");
            }
        }
        requireSelectors(session, "govsite.axeInclude", options.include());
        requireSelectors(session, "govsite.axeExclude", options.exclude());
        var ruleSet = AxeScript.ruleSet(session, options, AxeScript.noOverrides());
        var axe = new LinkedHashMap<String, Object>();
        axe.put("version", ruleSet.version());
        axe.put("tags", options.tags());
        axe.put("rules", ruleSet.rules());
        return axe;
    }

    /** A selector the browser cannot parse makes axe fail on every page. */
    private static void requireSelectors(BrowserSession session, String parameter, List<String> selectors) {
        for (String selector : selectors) {
            Object error = session.script("try { document.querySelector(arguments[0]); return ''; } "
                    + "catch (e) { return String(e.message || e); }", selector);
            if (error != null && !String.valueOf(error).isEmpty()) {
                throw new InvalidConfigException(parameter, "'" + selector + "' is not a CSS selector: "
                        + "give one such as main, #content or .article");
            }
        }
    }
}
