package kz.govsite.browser;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import kz.govsite.BrowserOptions;
import kz.govsite.InvalidConfigException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.remote.RemoteWebDriver;

/** Sessions from a Selenium Grid: the Grid schedules them on its nodes. */
final class GridSessionFactory implements SessionFactory {
    private final BrowserOptions options;
    private final Map<String, String> hostMap;
    private final URL gridUrl;

    GridSessionFactory(BrowserOptions options, Map<String, String> hostMap) {
        this.options = options;
        this.hostMap = Map.copyOf(hostMap);
        try {
            this.gridUrl = URI.create(options.gridUrl()).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new InvalidConfigException("govsite.gridUrl", "'" + options.gridUrl() + "' is not a URL");
        }
    }

    @Override
    public BrowserSession open() {
        try {
            var driver = RemoteWebDriver.builder()
                    .address(gridUrl)
                    .oneOf(ChromeCapabilities.of(options, hostMap))
                    .build();
            return new BrowserSession((RemoteWebDriver) driver, options.pageTimeout());
        } catch (WebDriverException e) {
            throw new BrowserUnavailableException("the Selenium Grid at " + gridUrl + " gave no Chrome session: "
                    + LocalChromeSessionFactory.firstLine(e.getMessage()), e);
        }
    }

    @Override
    public String describe() {
        return "Selenium Grid " + gridUrl;
    }
}
