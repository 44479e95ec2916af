package kz.govsite.browser;

import java.util.Map;
import kz.govsite.BrowserOptions;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeOptions;

/** The ChromeOptions shared by local and Grid sessions. */
final class ChromeCapabilities {
    private ChromeCapabilities() {
    }

    static ChromeOptions of(BrowserOptions options, Map<String, String> hostMap) {
        var chrome = new ChromeOptions();
        chrome.addArguments(ChromeArguments.of(options, hostMap));
        chrome.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        // An alert() on a page must not block every later command: dismiss it and go on.
        chrome.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.DISMISS);
        chrome.setAcceptInsecureCerts(true);
        // The browser runs on the build machine: a page must not be able to save files onto it.
        chrome.setExperimentalOption("prefs", Map.of("download_restrictions", 3,
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        return chrome;
    }
}
