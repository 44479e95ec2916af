package kz.govsite.browser;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import kz.govsite.BrowserOptions;
import kz.govsite.InvalidConfigException;
import kz.govsite.internal.Pause;
import kz.govsite.internal.Text;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Sessions from a Selenium Grid: the Grid schedules them on its nodes. A session lost with its node
 * is replaced by the run like a crashed local browser; the Grid places the new one on a node that is
 * still up.
 */
final class GridSessionFactory implements SessionFactory {
    /** A node that drops out while a session is being created makes the Grid refuse it; ask again. */
    static final int ATTEMPTS = 3;
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(10);

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    private final BrowserOptions options;
    private final Map<String, String> hostMap;
    private final URI gridUri;
    private final URL gridUrl;

    GridSessionFactory(BrowserOptions options, Map<String, String> hostMap) {
        this.options = options;
        this.hostMap = Map.copyOf(hostMap);
        try {
            this.gridUri = URI.create(options.gridUrl().strip());
            this.gridUrl = gridUri.toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new InvalidConfigException("govsite.gridUrl", "'" + options.gridUrl() + "' is not a URL");
        }
    }

    /** A Grid that does not answer fails every page; say so before any work, naming the parameter. */
    static void requireGrid(String gridUrl) {
        URI uri;
        try {
            uri = URI.create(gridUrl);
            uri.toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new InvalidConfigException("govsite.gridUrl", "'" + gridUrl + "' is not a URL");
        }
        URI status = GridStatus.statusUri(uri);
        GridStatus.Answer answer;
        try {
            answer = GridStatus.ask(uri, PROBE_TIMEOUT);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidConfigException("govsite.gridUrl", "no Selenium Grid answers at " + gridUrl + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "): start the Grid, correct the URL, or leave govsite.gridUrl out to use a local Chromium");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidConfigException("govsite.gridUrl", "interrupted while asking " + status);
        }
        if (!answer.isGrid()) {
            throw new InvalidConfigException("govsite.gridUrl", gridUrl + " is not a Selenium Grid: " + status
                    + " answered HTTP " + answer.httpStatus() + " without a ready state; give the Grid's address, "
                    + "e.g. http://grid.example:4444/");
        }
    }

    @Override
    public BrowserSession open() {
        WebDriverException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                WebDriver driver = RemoteWebDriver.builder()
                        .config(LocalChromeSessionFactory.clientConfig(options).baseUrl(gridUrl))
                        .oneOf(ChromeCapabilities.of(options, hostMap))
                        .build();
                // The augmented driver speaks the DevTools protocol through the node's ChromeDriver,
                // which checks such as the 320 px reflow need.
                return new BrowserSession((RemoteWebDriver) new Augmenter().augment(driver), options.pageTimeout());
            } catch (SessionNotCreatedException e) {
                last = e;
                Pause.orThrow(attempt * 1000L,
                        i -> new BrowserUnavailableException("interrupted while waiting for a Grid session", i));
            } catch (WebDriverException e) {
                last = e;
                break;
            }
        }
        throw new BrowserUnavailableException("the Selenium Grid at " + gridUrl + " gave no Chrome session: "
                + Text.firstLine(last.getMessage()), last);
    }

    /** One session per free Chrome slot, at least one (it waits in the Grid's queue). */
    @Override
    public int defaultSessions() {
        return Math.max(1, GridStatus.freeChromeSlots(gridUri, STATUS_TIMEOUT));
    }

    @Override
    public String describe() {
        return "Selenium Grid " + gridUrl;
    }
}
