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
 * @param concurrency   browser sessions working at once, or {@link #AUTO_CONCURRENCY} for one more than cores, as free memory allows
 *                      (on a Grid: one per free Chrome slot)
 * @param extraArgs     further Chromium switches
 */
public record BrowserOptions(Path chromeBinary, Path chromedriver, String gridUrl, int windowWidth,
                             int windowHeight, Duration pageTimeout, int concurrency, List<String> extraArgs) {
    /** Lets the run choose: one session per processor core, or per free Chrome slot of a Grid. */
    public static final int AUTO_CONCURRENCY = 0;

    public BrowserOptions {
        extraArgs = List.copyOf(extraArgs);
    }

    public static BrowserOptions defaults() {
        return new BrowserOptions(null, null, null, 1280, 1024, Duration.ofSeconds(30), AUTO_CONCURRENCY, List.of());
    }

    public BrowserOptions withConcurrency(int sessions) {
        return new BrowserOptions(chromeBinary, chromedriver, gridUrl, windowWidth, windowHeight,
                pageTimeout, sessions, extraArgs);
    }

    public BrowserOptions withGridUrl(String grid) {
        return new BrowserOptions(chromeBinary, chromedriver, grid, windowWidth, windowHeight,
                pageTimeout, concurrency, extraArgs);
    }
}
