package kz.govsite.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.govsite.internal.Pause;
import org.openqa.selenium.JavascriptException;
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
 * {@link #MAX_GRACE}) ends the browser (see {@link CommandGuard}): the command then fails with
 * {@link BrowserUnresponsiveException} and the caller starts a new session.
 */
public final class BrowserSession implements AutoCloseable {
    private static final long SETTLE_MAX_MS = 5_000;
    /** The most a command may take beyond the page timeout before the browser counts as hung. */
    static final Duration MAX_GRACE = Duration.ofSeconds(10);
    /**
     * The least time a run's own setup (loading axe-core into a blank page to read its rules) gets:
     * it is not a page of the site, and on a busy machine it outlasts a short page timeout.
     */
    static final Duration MIN_SETUP_TIME = Duration.ofSeconds(30);

    private final RemoteWebDriver driver;
    private final Duration pageTimeout;
    private final Duration grace;
    /** What a command may take now: the page timeout, or the setup time during {@link #duringSetup}. */
    private volatile Duration commandTimeout;
    private final Runnable killer;
    private final String firstWindow;
    private volatile List<org.openqa.selenium.Cookie> keptCookies = List.of();
    private final CommandGuard guard = new CommandGuard(this::kill);
    /** The document {@link #open} loaded last ({@code performance.timeOrigin}); 0 when unknown. */
    private double openedDocument;
    /** Whether every document gets the quiet watch and the dialog answers as it starts. */
    private final boolean preparedDocuments;

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
        this.commandTimeout = pageTimeout;
        this.killer = killer;
        driver.manage().timeouts().pageLoadTimeout(pageTimeout);
        driver.manage().timeouts().scriptTimeout(pageTimeout);
        this.firstWindow = driver.getWindowHandle();
        this.preparedDocuments = prepareEveryDocument();
    }

    /**
     * Starts {@link QuietWatch} as each document starts, and answers dialogs before they open (what
     * {@link #dismissDialogs()} does a command later), where DevTools can. Elsewhere the watch starts
     * at the first look and dialogs are dismissed after the load.
     */
    private boolean prepareEveryDocument() {
        return runAtDocumentStart(QuietWatch.INSTALL + DialogAnswers.INSTALL);
    }

    /**
     * Runs a script in every document this session loads from now on, before the page's own
     * scripts; false when the session offers no DevTools protocol to do it (a Grid's, mostly).
     */
    public boolean runAtDocumentStart(String source) {
        if (!hasDevTools()) return false;
        try {
            cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Whether {@link #cdp} works here: local sessions offer DevTools, a Grid's may not. */
    public boolean hasDevTools() {
        return driver instanceof org.openqa.selenium.chromium.HasCdp;
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
        if (!preparedDocuments) dismissDialogs();
        Map<?, ?> settled = settle(Duration.ofMillis(SETTLE_MAX_MS), -1, QuietWatch.QUIET_MS);
        openedDocument = settled.get("document") instanceof Number d ? d.doubleValue() : 0;
        String finalUrl = settled.get("url") instanceof String u ? u : currentUrl();
        int status = settled.get("status") instanceof Number n ? n.intValue() : 0;
        return new Navigation(finalUrl, status, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Which document {@link #open} loaded last, as {@code performance.timeOrigin} tells it; 0 when
     * unknown. A page that reloads or leaves by itself shows another.
     */
    public double openedDocument() {
        return openedDocument;
    }

    /**
     * Waits until the document is complete and, when it runs scripts, until it has settled (see
     * {@link QuietWatch}): client-side pages (the unified state portal) are empty when they first load.
     */
    public void settle() {
        settle(Duration.ofMillis(SETTLE_MAX_MS), -1, QuietWatch.QUIET_MS);
    }

    /**
     * Waits for the effect of something just done (a click): the page must stay quiet for a moment
     * from now, at most {@code max}.
     */
    public void settle(Duration max) {
        settle(max, 0, QuietWatch.ACTION_QUIET_MS);
    }

    /** Waits, then tells where the page is: {@code url}, HTTP {@code status}; empty when there was no time to look. */
    private Map<?, ?> settle(Duration max, long sinceMsAgo, long quietMs) {
        // Well inside the script timeout (the page timeout), so that the page answers before ChromeDriver gives up.
        long budget = Math.min(max.toMillis(), pageTimeout.toMillis() * 3 / 4);
        long deadline = System.currentTimeMillis() + budget;
        while (true) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) return Map.of();
            try {
                Object where = asyncScript(QuietWatch.AWAIT, sinceMsAgo, quietMs,
                        QuietWatch.REQUEST_PATIENCE_MS, left);
                return where instanceof Map<?, ?> m ? m : Map.of();
            } catch (JavascriptException e) {
                // The document went away while it was watched (a script or the click navigated): watch the new one.
                sinceMsAgo = -1;
                Pause.orThrow(25, i -> new IllegalStateException("interrupted", i));
            }
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

    /**
     * A PNG of the viewport. Through DevTools where the session has it, with Chromium's fast encoder:
     * WebDriver's screenshot compresses hard and costs a tenth of a second a picture.
     */
    public byte[] screenshot() {
        if (hasDevTools()) {
            try {
                Object data = cdp("Page.captureScreenshot", Map.of("format", "png", "optimizeForSpeed", true)).get("data");
                if (data instanceof String base64) return java.util.Base64.getDecoder().decode(base64);
            } catch (WebDriverException e) {
                // fall back to WebDriver's own
            }
        }
        return guarded(() -> ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * The URL the tab shows now, as the browser process knows it (DevTools navigation history): it
     * answers while the page's own thread is busy, where {@link #currentUrl()} would wait. Empty
     * without DevTools.
     */
    public java.util.Optional<String> urlWithoutThePage() {
        if (!hasDevTools()) return java.util.Optional.empty();
        try {
            Map<String, Object> history = cdp("Page.getNavigationHistory", Map.of());
            if (history.get("entries") instanceof List<?> entries && history.get("currentIndex") instanceof Number i
                    && i.intValue() < entries.size() && entries.get(i.intValue()) instanceof Map<?, ?> entry
                    && entry.get("url") instanceof String url) {
                return java.util.Optional.of(url);
            }
        } catch (WebDriverException e) {
            // no answer: nothing known
        }
        return java.util.Optional.empty();
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
        if (guard.hung()) return false;
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
        if (!guard.hung()) {
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
        return guarded(commandTimeout.plus(grace), command);
    }

    /**
     * Runs the run's own setup in this session with at least {@link #MIN_SETUP_TIME} for each script,
     * then gives commands the page timeout again.
     */
    public <T> T duringSetup(Supplier<T> setup) {
        Duration setupTime = pageTimeout.compareTo(MIN_SETUP_TIME) < 0 ? MIN_SETUP_TIME : pageTimeout;
        guarded(() -> driver.manage().timeouts().scriptTimeout(setupTime));
        commandTimeout = setupTime;
        try {
            return setup.get();
        } finally {
            commandTimeout = pageTimeout;
            guarded(() -> driver.manage().timeouts().scriptTimeout(pageTimeout));
        }
    }

    /** Sends later commands into {@code frame} of the current document; {@code null} for the top document. */
    public void switchToFrame(org.openqa.selenium.WebElement frame) {
        guarded(() -> frame == null ? driver.switchTo().defaultContent() : driver.switchTo().frame(frame));
    }

    /** Sends later commands to the document that holds the current frame. */
    public void switchToParentFrame() {
        guarded(() -> driver.switchTo().parentFrame());
    }

    /**
     * Runs scripts with a shorter time limit (and frames with a shorter load wait), e.g. to ask a
     * frame that may never answer; the page's limits hold again afterwards.
     */
    public <T> T withScriptTimeout(Duration limit, Supplier<T> command) {
        guarded(() -> driver.manage().timeouts().scriptTimeout(limit).pageLoadTimeout(limit));
        try {
            return command.get();
        } finally {
            guarded(() -> driver.manage().timeouts().scriptTimeout(commandTimeout).pageLoadTimeout(pageTimeout));
        }
    }

    private <T> T guarded(Duration limit, Supplier<T> command) {
        return guard.run(limit, command);
    }
}
