package kz.govsite.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * One browser tab that visits pages one after another. Not thread-safe: one worker owns it.
 */
public final class BrowserSession implements AutoCloseable {
    /** How long the DOM must stay unchanged before a scripted page counts as settled. */
    private static final long QUIET_MS = 150;
    private static final long SETTLE_MAX_MS = 5_000;

    private final RemoteWebDriver driver;
    private final Duration pageTimeout;
    private volatile List<org.openqa.selenium.Cookie> keptCookies = List.of();

    public BrowserSession(RemoteWebDriver driver, Duration pageTimeout) {
        this.driver = driver;
        this.pageTimeout = pageTimeout;
        driver.manage().timeouts().pageLoadTimeout(pageTimeout);
        driver.manage().timeouts().scriptTimeout(pageTimeout);
    }

    public WebDriver driver() {
        return driver;
    }

    /** The Chrome DevTools protocol, where the session offers it (local sessions do). */
    public Map<String, Object> cdp(String command, Map<String, Object> params) {
        if (driver instanceof org.openqa.selenium.chromium.HasCdp hasCdp) {
            return hasCdp.executeCdpCommand(command, params);
        }
        throw new UnsupportedOperationException("this session offers no DevTools protocol");
    }

    public Duration pageTimeout() {
        return pageTimeout;
    }

    /** Loads a page and waits until it has settled; throws Selenium's exceptions on timeouts and crashes. */
    public Navigation open(String url) {
        long start = System.nanoTime();
        driver.get(url);
        dismissDialogs();
        settle();
        Object status = script("var n = performance.getEntriesByType('navigation')[0];"
                + "return n && n.responseStatus ? n.responseStatus : 0;");
        long ms = (System.nanoTime() - start) / 1_000_000;
        return new Navigation(driver.getCurrentUrl(), status instanceof Number n ? n.intValue() : 0, ms);
    }

    /**
     * Waits until the document is complete and, when it runs scripts, until its DOM has been quiet
     * for a moment: client-side pages (the unified state portal) are empty when they first load.
     */
    public void settle() {
        settle(Duration.ofMillis(SETTLE_MAX_MS));
    }

    /** {@link #settle()} with a shorter budget, for a click whose effect should show quickly. */
    public void settle(Duration max) {
        long deadline = System.currentTimeMillis() + Math.min(max.toMillis(), pageTimeout.toMillis());
        while (System.currentTimeMillis() < deadline) {
            Object state = script("""
                    if (document.readyState !== 'complete') return 'loading';
                    if (document.scripts.length === 0) return 'settled';
                    if (!window.__govsiteQuiet) {
                      window.__govsiteQuiet = { last: performance.now() };
                      new MutationObserver(function () { window.__govsiteQuiet.last = performance.now(); })
                        .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
                      return 'watching';
                    }
                    return performance.now() - window.__govsiteQuiet.last >= arguments[0] ? 'settled' : 'busy';
                    """, QUIET_MS);
            if ("settled".equals(state)) return;
            sleep(state.equals("watching") ? QUIET_MS : 50);
        }
    }

    /**
     * Sets the viewport to {@code width} x {@code height} CSS px through the DevTools protocol: a
     * window size does not give narrow viewports in headless Chromium.
     */
    public void setViewport(int width, int height) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
    }

    /** Returns to the window's own viewport after {@link #setViewport(int, int)}. */
    public void resetViewport() {
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    public Object asyncScript(String js, Object... args) {
        return driver.executeAsyncScript(js, args);
    }

    public byte[] screenshot() {
        return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }

    /** Cookies {@link #resetState()} puts back: a login's session must survive a reset. */
    public void keepCookies(java.util.Collection<org.openqa.selenium.Cookie> cookies) {
        keptCookies = List.copyOf(cookies);
    }

    /** Forgets cookies and storage of the current origin, so the next page starts in the normal mode. */
    public void resetState() {
        try {
            driver.manage().deleteAllCookies();
            script("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}");
            for (var cookie : keptCookies) {
                try {
                    driver.manage().addCookie(cookie);
                } catch (WebDriverException e) {
                    // a cookie of another host than the current page cannot be set here
                }
            }
        } catch (WebDriverException e) {
            // a dead session is noticed by isAlive(); nothing to reset there
        }
    }

    /** Whether the browser still answers; a crashed Chromium or driver does not. */
    public boolean isAlive() {
        try {
            driver.getWindowHandles();
            return true;
        } catch (NoSuchSessionException e) {
            return false;
        } catch (WebDriverException e) {
            return false;
        }
    }

    /** Pages that open alert or confirm dialogs would block every later command. */
    private void dismissDialogs() {
        for (int i = 0; i < 5; i++) {
            try {
                driver.switchTo().alert().dismiss();
            } catch (org.openqa.selenium.NoAlertPresentException | UnhandledAlertException e) {
                return;
            } catch (WebDriverException e) {
                return;
            }
        }
    }

    /** Closes extra windows a page opened and returns to the first one. */
    public void closeExtraWindows() {
        List<String> handles = List.copyOf(driver.getWindowHandles());
        if (handles.size() <= 1) return;
        String keep = handles.get(0);
        for (String h : handles.subList(1, handles.size())) {
            driver.switchTo().window(h).close();
        }
        driver.switchTo().window(keep);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            // already gone: a crashed browser needs no quitting
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
