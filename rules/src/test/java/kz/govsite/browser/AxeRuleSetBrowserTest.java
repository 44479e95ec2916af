package kz.govsite.browser;

import static kz.govsite.testing.MisbehavingServer.htmlPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kz.govsite.check.axe.AxeOptions;
import kz.govsite.BrowserOptions;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.MisbehavingServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import kz.govsite.browser.AxeRun;

/**
 * The rules report.json and the console name are the rules axe runs: for each tag set, the list
 * equals the rules that come back from a real {@code axe.run} with the same options (every rule that
 * runs is listed in one of passes, violations, incomplete, inapplicable).
 */
@Tag("browser")
class AxeRuleSetBrowserTest {
    private static MisbehavingServer server;
    private static BrowserSession session;

    @BeforeAll
    static void start() {
        Browsers.requireChromium();
        server = MisbehavingServer.start();
        server.page("/", htmlPage("Главная", "<div class=\"menu\"><a href=\"/ru/\">Главная</a></div>"
                + "<img src=\"/logo.png\" alt=\"Герб\"><form><label>ИИН <input name=\"iin\"></label></form>"));
        session = SessionFactory.forOptions(BrowserOptions.defaults(), Map.of()).open();
        session.open(server.url("/"));
    }

    @AfterAll
    static void stop() {
        if (session != null) session.close();
        if (server != null) server.close();
    }

    @Test
    void theDefaultTagsListWhatRunsWithoutExperimentalRules() {
        var rules = assertListedAsRun(AxeOptions.defaults().run());
        assertTrue(rules.contains("target-size"), "off by default, but its tag wcag22aa is asked for");
        assertFalse(rules.contains("css-orientation-lock"), "experimental: never runs for a tag");
        assertFalse(rules.contains("label-content-name-mismatch"), "experimental: never runs for a tag");
    }

    @Test
    void theActTagListsTheRulesOffByDefaultThatItRuns() {
        var rules = assertListedAsRun(new AxeRun(List.of("ACT"), List.of(), List.of(), List.of()));
        assertTrue(rules.contains("color-contrast-enhanced"), rules.toString());
    }

    @Test
    void bestPracticeWithADisabledRuleAndAnIncludeLeavesOutPageLevelRules() {
        var rules = assertListedAsRun(new AxeRun(List.of("wcag2a", "best-practice"), List.of("region"),
                List.of("main"), List.of()));
        assertFalse(rules.contains("region"), "disabled by name");
        assertFalse(rules.contains("bypass"), "page-level rules do not run on a part of the page");
        assertTrue(rules.contains("image-alt"));
    }

    private static List<String> assertListedAsRun(AxeRun options) {
        var listed = AxeScript.ruleSet(session, options, AxeScript.noOverrides()).rules();
        @SuppressWarnings("unchecked")
        var ran = (List<String>) session.asyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(arguments[0], arguments[1]).then(function (r) {
                  done([].concat(r.passes, r.violations, r.incomplete, r.inapplicable).map(function (x) { return x.id; }));
                });
                """, AxeScript.context(options), AxeScript.runOptions(options, AxeScript.noOverrides()));
        assertEquals(new TreeSet<>(ran), new TreeSet<>(listed), options.tags().toString());
        return listed;
    }
}
