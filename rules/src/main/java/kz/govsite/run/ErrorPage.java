package kz.govsite.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.govsite.browser.BrowserSession;
import kz.govsite.crawl.Scope;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.page.PageResult;
import org.openqa.selenium.WebDriverException;

/** What the browser's own error page stands for: the address it failed to load, a redirect by the page. */
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

    /**
     * The server answered, but the page's meta refresh or script sent the browser to an address that
     * did not load: a redirect by the page, recorded like an HTTP one; an address of the site is
     * crawled (and reported) in its turn.
     */
    static VisitOutcome sentElsewhere(String url, int status, long loadMs, String target, BrowserSession session,
                                      Scope scope) {
        try {
            session.blank();
        } catch (WebDriverException e) {
            // the next page's load notices a broken browser
        }
        var result = new PageResult(url, status, "redirect", "", "", loadMs, 0, "", Map.of("finalUrl", target));
        var inScope = UrlNormalizer.normalize(target).filter(scope::contains);
        if (inScope.isPresent()) {
            return new VisitOutcome(result, null, List.of(), List.of(inScope.get()), List.of(), List.of());
        }
        return new VisitOutcome(result, null, List.of(), List.of(), List.of(),
                List.of(url + " sent the browser out of the site to " + target + ", which did not load; not checked"));
    }

    static boolean sameUrl(String a, String b) {
        return UrlNormalizer.normalize(a).orElse(a).equals(UrlNormalizer.normalize(b).orElse(b));
    }
}
