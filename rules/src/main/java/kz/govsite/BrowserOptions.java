package kz.govsite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How browsers are found and started.
 *
 * @param chromeBinary  the Chromium executable, or null to look in CHROME_BIN and PATH
 * @param chromedriver  the ChromeDriver executable, or null to look in CHROMEDRIVER and PATH
 * @param gridUrl       a Selenium Grid to take sessions from instead of a local driver, or null
 * @param windowWidth   CSS pixels
 * @param windowHeight  CSS pixels
 * @param pageTimeout   budget for loading and checking one page
 * @param concurrency   browser sessions working at once
 * @param extraArgs     further Chromium switches
 */
public record BrowserOptions(Path chromeBinary, Path chromedriver, String gridUrl, int windowWidth,
                             int windowHeight, Duration pageTimeout, int concurrency, List<String> extraArgs) {
    public BrowserOptions {
        extraArgs = List.copyOf(extraArgs);
    }

    public static BrowserOptions defaults() {
        return new BrowserOptions(null, null, null, 1280, 1024, Duration.ofSeconds(30), 1, List.of());
    }

    public BrowserOptions withConcurrency(int sessions) {
        return new BrowserOptions(chromeBinary, chromedriver, gridUrl, windowWidth, windowHeight,
                pageTimeout, sessions, extraArgs);
    }
}
