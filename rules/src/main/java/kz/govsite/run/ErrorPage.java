package kz.govsite.run;

import java.util.Optional;
import kz.govsite.browser.BrowserSession;
import kz.govsite.crawl.UrlNormalizer;
import org.openqa.selenium.WebDriverException;

/** What the browser's own error page stands for: the address it failed to load. */
final class ErrorPage {
    private ErrorPage() {
    }

    /** The URL the browser failed to load while it shows its error page: the one in the tab's history. */
    static Optional<String> failedUrl(BrowserSession session) {
        var fromHistory = session.urlWithoutThePage().filter(u -> !u.startsWith("chrome-error:"));
        if (fromHistory.isPresent()) return fromHistory;
        try {
            String now = session.currentUrl();
            return now.startsWith("chrome-error:") ? Optional.empty() : Optional.of(now);
        } catch (WebDriverException e) {
            return Optional.empty();
        }
    }

    static boolean sameUrl(String a, String b) {
        return UrlNormalizer.normalize(a).orElse(a).equals(UrlNormalizer.normalize(b).orElse(b));
    }
}
