package kz.govsite.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import kz.govsite.BrowserOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.GovsiteException;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server for govsite.siteDirectory is gone when the run is over, however the run ended. */
class SiteFolderServerTest {
    static final Pattern SERVING = Pattern.compile("Serving .* as http://site\\.test/ \\(127\\.0\\.0\\.1:(\\d+)\\)");

    @TempDir
    Path dir;
    final List<String> log = new CopyOnWriteArrayList<>();
    final Progress progress = new Progress() {
        @Override public void info(String message) { log.add(message); }

        @Override public void warn(String message) { log.add(message); }
    };

    @Test
    @Tag("browser")
    void stopsWhenTheRunEnds() throws Exception {
        Browsers.requireChromium();
        var config = GovsiteConfig.builder().siteDirectory(Fixtures.site("basic")).checks(Set.of())
                .report(new ReportOptions(dir, Set.of("json"), "ru")).failOn("none").build();
        var report = SiteCheck.run(config, progress);
        assertTrue(report.pages().size() > 3);
        assertClosed(servedPort());
    }

    @Test
    void stopsWhenTheRunFails() throws Exception {
        // Both executables agree on their version, so the run gets as far as starting a browser, which fails.
        Path chromium = fake("chromium", "echo 'Chromium 156.0.8078.108'");
        Path driver = fake("chromedriver", "echo 'ChromeDriver 156.0.8078.108'");
        var browser = new BrowserOptions(chromium, driver, null, 1280, 1024, Duration.ofSeconds(30), 1, List.of());
        var config = GovsiteConfig.builder().siteDirectory(Fixtures.site("basic")).checks(Set.of("axe"))
                .browser(browser).report(new ReportOptions(dir, Set.of("json"), "ru")).build();
        assertThrows(GovsiteException.class, () -> SiteCheck.run(config, progress));
        assertClosed(servedPort());
    }

    private int servedPort() {
        return log.stream().map(SERVING::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).findFirst()
                .orElseThrow(() -> new AssertionError("the folder was served: " + log));
    }

    private static void assertClosed(int port) {
        var e = assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        assertEquals(ConnectException.class, e.getClass());
    }

    private Path fake(String name, String script) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }
}
