package kz.govsite.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * One browser tab that visits pages one after another. Not thread-safe: one worker owns it.
 *
 * <p>Every command has a deadline. ChromeDriver's own page-load and script timeouts do not fire
 * while a page's script keeps the renderer busy (an endless loop, axe on ten thousand links), so
 * a command that outlives the page timeout by a grace period (the page timeout again, at most
 * {@link #MAX_GRACE}) ends the browser: the command then
 * fails with {@link BrowserUnresponsiveException} and the caller starts a new session.
 */
public final class BrowserSession implements AutoCloseable {
    /** How long the DOM must stay unchanged before a scripted page counts as settled. */
    private static final long QUIET_MS = 150;
    private static final long SETTLE_MAX_MS = 5_000;
    /** The most a command may take beyond the page timeout before the browser counts as hung. */
    static final Duration MAX_GRACE = Duration.ofSeconds(10);
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final RemoteWebDriver driver;
    private final Duration pageTimeout;
    private final Duration grace;
    private final Runnable killer;
    private final String firstWindow;
    private volatile List<org.openqa.selenium.Cookie> keptCookies = List.of();
    private volatile boolean hung;

    public BrowserSession(RemoteWebDriver driver, Duration pageTimeout) {
        this(driver, pageTimeout, null);
    }

    /**
     * @param killer ends the browser's processes at once, from any thread; null when there are
     *               none to end here (a Grid's browsers), and a background quit must do
     */
    public BrowserSession(RemoteWebDriver driver, Duration pageTimeout, Runnable killer) {
        this.driver = driver;
        this.pageTimeout = pageTimeout;
        this.grace = pageTimeout.compareTo(MAX_GRACE) < 0 ? pageTimeout : MAX_GRACE;
        this.killer = killer;
        driver.manage().timeouts().pageLoadTimeout(pageTimeout);
        driver.manage().timeouts().scriptTimeout(pageTimeout);
        this.firstWindow = driver.getWindowHandle();
    }

    public WebDriver driver() {
        return driver;
    }

    /** The Chrome DevTools protocol, where the session offers it (local sessions do). */
    public Map<String, Object> cdp(String command, Map<String, Object> params) {
        if (driver instanceof org.openqa.selenium.chromium.HasCdp hasCdp) {
            return guarded(() -> hasCdp.executeCdpCommand(command, params));
        }
        throw new UnsupportedOperationException("this session offers no DevTools protocol");
    }

    public Duration pageTimeout() {
        return pageTimeout;
    }

    /** Loads a page and waits until it has settled; throws Selenium's exceptions on timeouts and crashes. */
    public Navigation open(String url) {
        long start = System.nanoTime();
        guarded(() -> {
            driver.get(url);
            return null;
        });
        dismissDialogs();
        settle();
        Object status = script("var n = performance.getEntriesByType('navigation')[0];"
                + "return n && n.responseStatus ? n.responseStatus : 0;");
        long ms = (System.nanoTime() - start) / 1_000_000;
        return new Navigation(currentUrl(), status instanceof Number n ? n.intValue() : 0, ms);
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
        return guarded(() -> driver.executeScript(js, args));
    }

    public Object asyncScript(String js, Object... args) {
        return guarded(() -> driver.executeAsyncScript(js, args));
    }

    public byte[] screenshot() {
        return guarded(() -> ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** The URL the tab shows now. */
    public String currentUrl() {
        return guarded(driver::getCurrentUrl);
    }

    /** Leaves the current page for an empty one, so that nothing of it runs on. */
    public void blank() {
        guarded(() -> {
            driver.get("about:blank");
            return null;
        });
    }

    /** Cookies {@link #resetState()} puts back: a login's session must survive a reset. */
    public void keepCookies(java.util.Collection<org.openqa.selenium.Cookie> cookies) {
        keptCookies = List.copyOf(cookies);
    }

    /** Forgets cookies and storage of the current origin, so the next page starts in the normal mode. */
    public void resetState() {
        try {
            guarded(() -> {
                driver.manage().deleteAllCookies();
                return null;
            });
            script("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}");
            for (var cookie : keptCookies) {
                try {
                    guarded(() -> {
                        driver.manage().addCookie(cookie);
                        return null;
                    });
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
        if (hung) return false;
        try {
            guarded(grace, driver::getWindowHandles);
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
                guarded(() -> {
                    driver.switchTo().alert().dismiss();
                    return null;
                });
            } catch (org.openqa.selenium.NoAlertPresentException | UnhandledAlertException e) {
                return;
            } catch (WebDriverException e) {
                return;
            }
        }
    }

    /** Closes extra windows a page opened and returns to the first one. */
    public void closeExtraWindows() {
        guarded(() -> {
            var handles = driver.getWindowHandles();
            if (handles.size() <= 1 && handles.contains(firstWindow)) return null;
            for (String h : handles) {
                if (!h.equals(firstWindow)) driver.switchTo().window(h).close();
            }
            driver.switchTo().window(firstWindow);
            return null;
        });
    }

    /** Ends the browser at once, from any thread: a command in progress fails. */
    public void kill() {
        if (killer != null) {
            killer.run();
            return;
        }
        Thread quit = new Thread(this::quietQuit, "govsite-session-quit");
        quit.setDaemon(true);
        quit.start();
    }

    @Override
    public void close() {
        if (!hung) {
            try {
                guarded(grace, () -> {
                    driver.quit();
                    return null;
                });
            } catch (WebDriverException e) {
                // already gone: a crashed browser needs no quitting
            }
        }
        // A driver that was killed leaves its Chromium behind: end whatever of the session still runs.
        if (killer != null) killer.run();
    }

    private void quietQuit() {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            // gone already
        }
    }

    private <T> T guarded(Supplier<T> command) {
        return guarded(pageTimeout.plus(grace), command);
    }

    /** Runs a command; when it outlives {@code limit}, the browser is ended and the command fails. */
    private <T> T guarded(Duration limit, Supplier<T> command) {
        ScheduledFuture<?> alarm = WATCHDOG.schedule(this::hang, limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return command.get();
        } catch (WebDriverException e) {
            if (hung && !(e instanceof BrowserUnresponsiveException)) {
                throw new BrowserUnresponsiveException("the browser did not answer within " + limit.toSeconds()
                        + " s and was stopped", e);
            }
            throw e;
        } finally {
            alarm.cancel(false);
        }
    }

    private void hang() {
        hung = true;
        kill();
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        var executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "govsite-browser-watchdog");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
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
