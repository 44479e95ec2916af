package kz.govsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import kz.govsite.InvalidConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserLocatorTest {
    @TempDir
    Path dir;

    @Test
    void saysWhatToInstallWhenNothingIsFound() {
        var locator = new BrowserLocator(Map.of("PATH", dir.toString()));
        var e = assertThrows(InvalidConfigException.class, () -> locator.locate(null, null));
        assertEquals("govsite.chromeBinary", e.parameter());
        assertEquals("govsite.chromeBinary: no Chromium found: install it (Debian: apt-get install chromium "
                + "chromium-driver), or set govsite.chromeBinary or CHROME_BIN to the executable", e.getMessage());
    }

    @Test
    void findsExecutablesOnPathAndRefusesMismatchedVersions() throws Exception {
        fake("chromium", "Chromium 156.0.8078.108 built on Debian");
        fake("chromedriver", "ChromeDriver 155.0.7000.1 (abc)");
        var locator = new BrowserLocator(Map.of("PATH", dir.toString()));
        var e = assertThrows(InvalidConfigException.class, () -> locator.locate(null, null));
        assertEquals("govsite.chromedriver: Chromium 156 (" + dir.resolve("chromium") + ") and ChromeDriver 155 ("
                + dir.resolve("chromedriver") + ") do not match: install the driver of the browser's version "
                + "(Debian: apt-get install chromium-driver) or point govsite.chromedriver at it", e.getMessage());
    }

    @Test
    void prefersConfigurationThenEnvironment() throws Exception {
        Path browser = fake("my-chrome", "Chromium 156.0.1.2");
        Path driver = fake("my-driver", "ChromeDriver 156.0.1.2");
        var fromEnv = new BrowserLocator(Map.of("PATH", "", "CHROME_BIN", browser.toString(),
                "CHROMEDRIVER", driver.toString())).locate(null, null);
        assertEquals(browser, fromEnv.browser());
        var e = assertThrows(InvalidConfigException.class,
                () -> new BrowserLocator(Map.of()).locate(dir.resolve("nope"), driver));
        assertEquals("govsite.chromeBinary: '" + dir.resolve("nope") + "' is not an executable file: give the path "
                + "of the executable, or leave govsite.chromeBinary out to look in CHROME_BIN and PATH", e.getMessage());
    }

    @Test
    void readsTheMajorVersion() {
        assertEquals(Optional.of(156), BrowserLocator.parseMajor("ChromeDriver 156.0.8078.108 (730482a9)"));
        assertEquals(Optional.empty(), BrowserLocator.parseMajor("no version here"));
    }

    private Path fake(String name, String version) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\necho '" + version + "'\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }
}
