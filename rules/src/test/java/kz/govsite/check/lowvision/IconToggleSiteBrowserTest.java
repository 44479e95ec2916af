package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.finding.Finding;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state committee's site whose low-vision mode opens from an eye icon with no text
 * ({@code a#enableuGost}), among look-alikes: a "special offers" link, a "vision and mission" page,
 * view counters, a gallery's eye links and a "show password" eye.
 */
@Tag("browser")
class IconToggleSiteBrowserTest {
    private static final String SITE = "http://site.test";

    @TempDir
    static Path out;
    static Report report;

    @BeforeAll
    static void checkTheSite() throws Exception {
        Browsers.requireChromium();
        var config = GovsiteConfig.builder()
                .siteDirectory(Fixtures.site("lowvision-icon"))
                .checks(Set.of("axe", "lowvision"))
                .report(ReportOptions.defaults(out))
                .build();
        report = SiteCheck.run(config, Progress.SILENT);
    }

    @Test
    void theEyeIconIsFoundAndItsModeTestedWhileItsMissingNameStaysAxes() {
        for (String path : List.of("/", "/same-colours.html")) {
            var lowVision = lowVision(path);
            assertEquals("#enableuGost", lowVision.get("toggle"), path);
            assertEquals(true, lowVision.get("active"), path);
            assertEquals(true, lowVision.get("persistent"), path);
        }
        assertTrue(report.findings().stream().anyMatch(f -> f.check().equals("axe.link-name")
                && f.url().equals(SITE + "/") && f.selector().equals("#enableuGost")), report.findings().toString());
    }

    @Test
    void lookAlikesAreNotTakenForTheToggle() {
        var lowVision = lowVision("/decoys.html");
        assertEquals(null, lowVision.get("toggle"));
        assertEquals(List.of("lowvision.toggle-missing " + SITE + "/decoys.html"), report.findings().stream()
                .filter(f -> f.family().equals("lowvision")).map(f -> f.check() + " " + f.url()).sorted().toList());
    }

    @Test
    void theClickedToggleIsNotMeasuredUnderThePointerNorAreUnchangedColoursReportedAgain() {
        // hover.html: the toggle's :hover colour fails contrast; same-colours.html: grey text the mode
        // keeps grey fails the enhanced rule once the mode makes it large (the minimum rule in the
        // normal version, where axe reports it).
        assertEquals(true, lowVision("/hover.html").get("active"));
        assertEquals(List.of(), report.findings().stream().filter(f -> f.check().equals("lowvision.contrast"))
                .map(Finding::toString).toList());
        assertTrue(report.findings().stream().anyMatch(f -> f.check().equals("axe.color-contrast")
                && f.url().equals(SITE + "/same-colours.html") && f.selector().equals(".faint")));
    }

    private static Map<?, ?> lowVision(String path) {
        var page = report.pages().stream().filter(p -> p.url().equals(SITE + path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " was not checked"));
        return (Map<?, ?>) page.data().get("lowVision");
    }
}
