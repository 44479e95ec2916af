package kz.govsite.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.govsite.check.axe.AxeOptions;
import kz.govsite.BrowserOptions;
import kz.govsite.browser.BrowserLocator;
import kz.govsite.browser.ChromeArguments;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The least any axe-based checker must spend: one ChromeDriver session loads each page and runs
 * {@code axe.run} for violations only, with the same Chromium switches, rule tags and result options as
 * govsite, and nothing else (no crawl, no HTTP prefetch, no settling, no report).
 */
final class Floor {
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'],
                                rules: { 'target-size': { enabled: true } },
                                elementRef: false, xpath: false, ancestry: false })
              .then(function (r) { done(r.violations.length); })
              .catch(function (e) { done(-1); });
            """;

    private Floor() {
    }

    /** Loads and checks every URL once; returns the wall time and the time in loads and in axe. */
    static Measurement run(List<String> urls, Map<String, String> hostMap) throws IOException {
        String axe = axeSource();
        var located = new BrowserLocator().locate(null, null);
        long start = System.nanoTime();
        var chrome = new ChromeOptions();
        chrome.addArguments(ChromeArguments.of(BrowserOptions.defaults(), hostMap));
        chrome.setBinary(located.browser().toFile());
        var service = new ChromeDriverService.Builder().usingDriverExecutable(located.driver().toFile())
                .usingAnyFreePort().withSilent(true).build();
        var driver = new ChromeDriver(service, chrome);
        long loadNanos = 0;
        long axeNanos = 0;
        int violations = 0;
        try {
            for (String url : urls) {
                long t0 = System.nanoTime();
                driver.get(url);
                long t1 = System.nanoTime();
                driver.executeScript(axe);
                Object n = driver.executeAsyncScript(RUN, AxeOptions.DEFAULT_TAGS);
                long t2 = System.nanoTime();
                loadNanos += t1 - t0;
                axeNanos += t2 - t1;
                if (n instanceof Number count && count.intValue() > 0) violations += count.intValue();
            }
        } finally {
            driver.quit();
        }
        long wall = System.nanoTime() - start;
        return new Measurement(urls.size(), wall / 1_000_000, Map.of("load", loadNanos / 1_000_000, "axe",
                axeNanos / 1_000_000), 0, violations);
    }

    private static String axeSource() throws IOException {
        try (InputStream in = Floor.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) throw new IOException("axe.min.js is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
