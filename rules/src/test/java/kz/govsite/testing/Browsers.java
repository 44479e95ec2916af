package kz.govsite.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import kz.govsite.browser.BrowserLocator;
import kz.govsite.GovsiteException;

/**
 * Browser tests run against the real Chromium. Without one they are skipped on a developer's
 * machine, but never under CI=true: a green CI must mean they ran.
 */
public final class Browsers {
    private Browsers() {
    }

    public static void requireChromium() {
        try {
            new BrowserLocator().locate(null, null);
        } catch (GovsiteException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but no usable Chromium: " + e.getMessage());
            }
            assumeTrue(false, "skipped, no Chromium here: " + e.getMessage());
        }
    }
}
