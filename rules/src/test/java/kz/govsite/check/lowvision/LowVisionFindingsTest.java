package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import kz.govsite.browser.AxeScript;
import kz.govsite.finding.Severity;
import org.junit.jupiter.api.Test;

class LowVisionFindingsTest {
    private static final String URL = "http://site.test/ru/";

    @Test
    void aMissingToggleSaysWhatWasLookedFor() {
        var detected = LowVisionFindings.toggleMissing(URL, Severity.MODERATE, null);
        assertEquals("lowvision.toggle-missing", detected.check());
        assertEquals(Severity.MODERATE, detected.severity());
        assertEquals("no control to switch to the version for the visually impaired (none of the known plugin "
                + "markers, no link or button named like «Версия для слабовидящих» or «Нашар көретіндерге арналған "
                + "нұсқа»)", detected.message());
        var configured = LowVisionFindings.toggleMissing(URL, Severity.SERIOUS, "#special");
        assertEquals("no element matches the low-vision toggle selector '#special' (govsite.lowVision.toggle)",
                configured.message());
    }

    @Test
    void rejectedBviCookiesNameTheHostWithItsPort() {
        var finding = LowVisionFindings.bviCookiesRejected(URL, new Control(null, "Версия для слабовидящих",
                ".bvi-open", true), "127.0.0.1:41234");
        assertEquals("the bvi plugin did not switch on: the browser rejected its cookies. bvi 1.0.x sets them with "
                + "domain=location.host, which includes the port (127.0.0.1:41234), so on any address with a port it "
                + "does nothing; serve the site on the default port or patch the plugin's cookie code",
                finding.message());
        assertEquals(".bvi-open", finding.selector());
    }

    @Test
    void reflowNamesTheViewportThePageWidthAndTheBoxFurthestOut() {
        var overflow = new PageProbe.Overflow(961, 640, List.of(new PageProbe.Sticking("main > div", 956, 900, "Баннер")));
        var finding = LowVisionFindings.reflow(URL, overflow);
        assertEquals("in the low-vision mode, with the text enlarged, a 640 px wide viewport scrolls sideways: the "
                + "page is 961 px wide; furthest out: main > div reaching 956 px", finding.message());
        assertEquals(List.of("1.4.10"), finding.wcag());
        assertEquals(Map.of("viewportPx", "640", "scrollWidthPx", "961"), finding.evidence());
    }

    @Test
    void contrastFindingsNameEverySchemeAnElementFailsUnder() {
        var violation = new AxeScript.Violation("color-contrast", "serious", List.of("cat.color", "wcag2aa", "wcag143"),
                "Elements must meet minimum color contrast ratio thresholds",
                "https://dequeuniversity.com/rules/axe/4.11/color-contrast", "", List.of());
        var node = new AxeScript.Node(List.of("p.dark"), "<p class=\"dark\">", "Fix: contrast 1.66", null);
        var other = new AxeScript.Node(List.of("p.grey"), "<p class=\"grey\">", null, "moderate");
        var result = new ModeContrast.Result(List.of(
                new ModeContrast.SchemeRun("white", List.of()),
                new ModeContrast.SchemeRun("black", List.of(new ModeContrast.Failure(violation, node))),
                new ModeContrast.SchemeRun("green", List.of(new ModeContrast.Failure(violation, node),
                        new ModeContrast.Failure(violation, other)))));
        var findings = result.findings(URL);
        assertEquals(2, findings.size());
        assertEquals("in the low-vision mode (colour schemes black, green): Elements must meet minimum color contrast "
                + "ratio thresholds [color-contrast]", findings.get(0).message());
        assertEquals(Map.of("rule", "color-contrast", "schemes", "black,green", "summary", "Fix: contrast 1.66"),
                findings.get(0).evidence());
        assertEquals(List.of("1.4.3"), findings.get(0).wcag());
        assertEquals("in the low-vision mode (colour scheme green): Elements must meet minimum color contrast ratio "
                + "thresholds [color-contrast]", findings.get(1).message());
        assertEquals(Severity.MODERATE, findings.get(1).severity());
        assertEquals(List.of(Map.of("name", "white", "contrastFailures", 0), Map.of("name", "black", "contrastFailures", 1),
                Map.of("name", "green", "contrastFailures", 2)), result.schemes());
    }

    @Test
    void withoutSchemesContrastFindingsSayOnlyTheMode() {
        var violation = new AxeScript.Violation("color-contrast-enhanced", "serious",
                List.of("cat.color", "wcag2aaa", "wcag146"), "Elements must meet enhanced color contrast ratio thresholds",
                "", "", List.of());
        var node = new AxeScript.Node(List.of(".note"), "<p class=\"note\">", null, null);
        var result = new ModeContrast.Result(List.of(new ModeContrast.SchemeRun(null,
                List.of(new ModeContrast.Failure(violation, node)))));
        assertEquals("in the low-vision mode: Elements must meet enhanced color contrast ratio thresholds "
                + "[color-contrast-enhanced]", result.findings(URL).get(0).message());
        assertEquals(List.of("1.4.6"), result.findings(URL).get(0).wcag());
        assertEquals(List.of(), result.schemes());
    }
}
