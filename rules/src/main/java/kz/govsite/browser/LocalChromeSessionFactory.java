package kz.govsite.browser;

import java.util.Map;
import kz.govsite.BrowserOptions;
import kz.govsite.internal.Pause;
import kz.govsite.internal.Text;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * Sessions in a local headless Chromium through the system's ChromeDriver. Both executables are
 * named explicitly, which keeps Selenium Manager (it downloads drivers) out of the way.
 */
final class LocalChromeSessionFactory implements SessionFactory {
    /**
     * Selenium warns on every session that it has no DevTools bindings for this Chromium; govsite
     * does not use them (its few DevTools calls go through ChromeDriver), so the warning is noise.
     * The logger is held here because java.util.logging keeps only weak references.
     */
    private static final java.util.logging.Logger SELENIUM_DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");
    private static final java.util.logging.Logger SELENIUM_LOG = quiet("org.openqa.selenium.remote");

    private static java.util.logging.Logger quiet(String name) {
        var logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }
    /** Tries to start a session before giving up (a worker asks once more after a pause). */
    static final int ATTEMPTS = 2;

    private final BrowserOptions options;
    private final Map<String, String> hostMap;
    private final BrowserLocator.LocatedBrowser located;

    LocalChromeSessionFactory(BrowserOptions options, Map<String, String> hostMap) {
        this.options = options;
        this.hostMap = Map.copyOf(hostMap);
        this.located = new BrowserLocator().locate(options.chromeBinary(), options.chromedriver());
    }

    /**
     * A new session; a Chromium that dies while it starts (short of memory, killed, crashed) is given
     * one more try, and whatever it left running is ended.
     */
    @Override
    public BrowserSession open() {
        BrowserUnavailableException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (DriverProcesses.exiting()) {
                throw new BrowserUnavailableException("the JVM is exiting: no new browser is started");
            }
            try {
                return openOnce();
            } catch (BrowserUnavailableException e) {
                last = e;
                if (attempt < ATTEMPTS) {
                    Pause.orThrow(attempt * 500L,
                            i -> new BrowserUnavailableException("interrupted while starting a browser", i));
                }
            }
        }
        throw last;
    }

    private BrowserSession openOnce() {
        ChromeOptions chrome = ChromeCapabilities.of(options, hostMap);
        chrome.setBinary(located.browser().toFile());
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(located.driver().toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        DriverProcesses processes = null;
        DriverProcesses.starting(located.driver());
        try {
            var driver = new ChromeDriver(service, chrome, clientConfig(options));
            processes = DriverProcesses.ofDriverOnPort(service.getUrl().getPort());
            return new BrowserSession(driver, options.pageTimeout(), processes::kill);
        } catch (SessionNotCreatedException e) {
            stop(service, processes);
            throw new BrowserUnavailableException("Chromium did not start (" + located.browser() + " with "
                    + located.driver() + "): " + Text.firstLine(e.getMessage()), e);
        } catch (WebDriverException e) {
            stop(service, processes);
            throw new BrowserUnavailableException("ChromeDriver did not start (" + located.driver() + "): "
                    + Text.firstLine(e.getMessage()), e);
        }
    }

    /** A session that failed half-way may have left its driver, or the driver its Chromium. */
    private static void stop(ChromeDriverService service, DriverProcesses processes) {
        try {
            service.stop();
        } finally {
            if (processes != null) processes.kill();
        }
    }

    /**
     * The last line of defence against a driver that never answers: commands not covered by the
     * session's own deadlines end after this long instead of Selenium's three minutes.
     */
    static ClientConfig clientConfig(BrowserOptions options) {
        return ClientConfig.defaultConfig().readTimeout(options.pageTimeout().multipliedBy(2).plusSeconds(30));
    }

    @Override
    public String describe() {
        return "local " + located.browser() + " via " + located.driver();
    }
}
