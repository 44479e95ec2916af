package kz.govsite.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import kz.govsite.check.axe.AxeOptions;
import kz.govsite.BrowserOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.GovsiteException;
import kz.govsite.InvalidConfigException;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.MisbehavingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A setting the user got wrong stops the run before any page is fetched, with an error that names
 * the parameter and says what to do. The site under test counts its requests: there must be none.
 */
class UserErrorsTest {
    @TempDir
    Path dir;
    MisbehavingServer site;

    @BeforeEach
    void startSite() {
        site = MisbehavingServer.start().page("/", MisbehavingServer.htmlPage("Site", ""));
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void anOutputFolderThatCannotBeWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        var e = run(config().report(new ReportOptions(file.resolve("reports"), Set.of("json"), "ru")));
        assertEquals("govsite.outputDirectory", e.parameter());
        assertEquals("govsite.outputDirectory: cannot write reports to '" + file.resolve("reports")
                + "' (FileSystemException: " + file.resolve("reports") + ": Not a directory): choose a folder the build may write to",
                e.getMessage());
    }

    @Test
    void aBaselineThatCannotBeRead() throws Exception {
        Path baseline = Files.writeString(dir.resolve("govsite-baseline.json"), "{ not json");
        var report = new ReportOptions(dir.resolve("out"), Set.of("json"), "ru").withBaseline(baseline);
        var e = run(config().report(report));
        assertEquals("govsite.baseline", e.parameter());
    }

    @Test
    void aChromiumThatIsNotThere() {
        var e = run(config().browser(browser(dir.resolve("no-chromium"), null, null)));
        assertEquals("govsite.chromeBinary: '" + dir.resolve("no-chromium") + "' is not an executable file: give the "
                + "path of the executable, or leave govsite.chromeBinary out to look in CHROME_BIN and PATH", e.getMessage());
    }

    @Test
    void aDriverOfAnotherVersionThanTheBrowser() throws Exception {
        Path chromium = fake("chromium", "Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)");
        Path driver = fake("chromedriver", "ChromeDriver 138.0.7204.0 (e1fa2b6c)");
        var e = run(config().browser(browser(chromium, driver, null)));
        assertEquals("govsite.chromedriver: Chromium 156 (" + chromium + ") and ChromeDriver 138 (" + driver
                + ") do not match: install the driver of the browser's version (Debian: apt-get install chromium-driver) "
                + "or point govsite.chromedriver at it", e.getMessage());
    }

    @Test
    void aGridThatDoesNotAnswer() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String grid = "http://127.0.0.1:" + closedPort + "/";
        var e = run(config().browser(browser(null, null, grid)));
        assertEquals("govsite.gridUrl", e.parameter());
        assertEquals(true, e.getMessage().startsWith("govsite.gridUrl: no Selenium Grid answers at " + grid + " ("),
                e.getMessage());
        assertEquals(true, e.getMessage().endsWith("): start the Grid, correct the URL, or leave govsite.gridUrl out "
                + "to use a local Chromium"), e.getMessage());
    }

    @Test
    void aGridUrlThatIsSomethingElse() {
        String notAGrid = site.url("/wd/hub");
        var e = run(config().browser(browser(null, null, notAGrid)));
        assertEquals("govsite.gridUrl: " + notAGrid + " is not a Selenium Grid: " + notAGrid + "/status answered HTTP 404 "
                + "without a ready state; give the Grid's address, e.g. http://grid.example:4444/", e.getMessage());
        assertEquals(1, site.requests().size(), "only the Grid's status was asked: " + site.requestedPaths());
    }

    @Test
    @Tag("browser")
    void aStartUrlNobodyAnswers() throws Exception {
        Browsers.requireChromium();
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String start = "http://127.0.0.1:" + closedPort + "/ru/";
        var config = GovsiteConfig.builder().startUrl(start).checks(Set.of())
                .report(new ReportOptions(dir.resolve("out"), Set.of("json"), "ru")).build();
        var e = assertThrows(GovsiteException.class, () -> SiteCheck.run(config, Progress.SILENT));
        assertEquals("the start URL cannot be reached: " + start + " (connection refused); check the address "
                + "(govsite.url) and that the site is up", e.getMessage());
    }

    @Test
    @Tag("browser")
    void anAxeTagThatDoesNotExist() {
        Browsers.requireChromium();
        var e = run(config().options(new AxeOptions(List.of("wcag2a", "wcag2.1aa"), List.of(), List.of(), List.of())));
        assertEquals("govsite.axeTags: axe-core has no rules tagged wcag2.1aa: use its tags, e.g. wcag2a, wcag2aa, "
                + "wcag21a, wcag21aa, wcag22aa, best-practice", e.getMessage());
    }

    @Test
    @Tag("browser")
    void anAxeRuleIdThatDoesNotExist() {
        Browsers.requireChromium();
        var e = run(config().options(new AxeOptions(AxeOptions.DEFAULT_TAGS, List.of("colour-contrast"), List.of(), List.of())));
        assertEquals("govsite.axeDisabledRules: 'colour-contrast' is not an axe-core rule id: give ids such as "
                + "color-contrast or image-alt (axe fails on every page with an unknown id)", e.getMessage());
    }

    @Test
    @Tag("browser")
    void aSelectorTheBrowserCannotParse() {
        Browsers.requireChromium();
        var e = run(config().options(new AxeOptions(AxeOptions.DEFAULT_TAGS, List.of(), List.of("main["), List.of())));
        assertEquals("govsite.axeInclude: 'main[' is not a CSS selector: give one such as main, #content or .article",
                e.getMessage());
    }

    private InvalidConfigException run(GovsiteConfig.Builder builder) {
        var e = assertThrows(InvalidConfigException.class, () -> SiteCheck.run(builder.build(), Progress.SILENT));
        assertEquals(List.of(), site.requestedPaths().stream().filter(p -> !p.endsWith("/status")).toList(),
                "no page was fetched");
        return e;
    }

    private GovsiteConfig.Builder config() {
        return GovsiteConfig.builder().startUrl(site.url("/")).checks(Set.of("axe"))
                .report(new ReportOptions(dir.resolve("out"), Set.of("json"), "ru"));
    }

    private static BrowserOptions browser(Path chromium, Path driver, String grid) {
        return new BrowserOptions(chromium, driver, grid, 1280, 1024, Duration.ofSeconds(30), 1, List.of());
    }

    private Path fake(String name, String version) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\necho '" + version + "'\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }
}
