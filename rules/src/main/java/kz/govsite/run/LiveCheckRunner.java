package kz.govsite.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.govsite.browser.AxeScript;
import kz.govsite.browser.BrowserSession;
import kz.govsite.check.LiveCheck;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.finding.Finding;
import kz.govsite.internal.Text;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;

/**
 * Runs the live checks on a page open in the browser, one after another: a check that breaks is
 * reported as {@code site.check-error}, one that hangs as {@code site.timeout}, and a browser that
 * had to be stopped to end a hung check is started again for the next page.
 */
final class LiveCheckRunner {
    private final List<LiveCheck> live;
    private final long timeoutSeconds;

    LiveCheckRunner(List<LiveCheck> live, long timeoutSeconds) {
        this.live = List.copyOf(live);
        this.timeoutSeconds = timeoutSeconds;
    }

    /** What the live checks found, and how long each family took (ms). */
    record Run(List<Finding> findings, Map<String, Long> timings) {
    }

    /** A browser that dies inside a check is the caller's to handle: the exception goes up. */
    Run run(OpenPage page, SessionHolder sessions) {
        BrowserSession session = sessions.current();
        var findings = new ArrayList<Finding>();
        var timings = new TreeMap<String, Long>();
        for (int i = 0; i < live.size(); i++) {
            long start = System.nanoTime();
            try {
                findings.addAll(runOne(live.get(i), page, session));
            } catch (TimeoutException e) {
                findings.add(SiteFindings.checkTimedOut(live.get(i).family(), page.url(), timeoutSeconds));
                if (!session.isAlive()) {
                    // The browser was stopped to end the check: the others cannot run on this page.
                    for (LiveCheck skipped : live.subList(i + 1, live.size())) {
                        findings.add(SiteFindings.checkError(skipped.family(), page.url(), "the browser was stopped after the "
                                + live.get(i).family() + " check hung"));
                    }
                    sessions.restart();
                    break;
                }
            } finally {
                timings.merge(live.get(i).family(), (System.nanoTime() - start) / 1_000_000, Long::sum);
            }
        }
        closeExtraWindows(session);
        return new Run(findings, timings);
    }

    /**
     * A live check that breaks is reported; a browser that dies inside it is the caller's to handle,
     * and so is one that stops answering ({@link TimeoutException}).
     */
    private static List<Finding> runOne(LiveCheck check, OpenPage page, BrowserSession session) {
        try {
            return check.inspect(page);
        } catch (TimeoutException | ScriptTimeoutException e) {
            // A page that left while a check waited on it can leave the check waiting until its time is up.
            var away = session.urlWithoutThePage().flatMap(now -> leftFor(now, page));
            if (away.isPresent()) return List.of(SiteFindings.checkError(check.family(), page.url(), away.get()));
            throw new TimeoutException(e.getMessage(), e);
        } catch (WebDriverException e) {
            if (!session.isAlive()) throw e;
            return List.of(SiteFindings.checkError(check.family(), page.url(),
                    navigatedAway(session, page).orElse(Text.firstLine(e))));
        } catch (AxeScript.AxeFailedException e) {
            return List.of(SiteFindings.checkError(check.family(), page.url(), e.getMessage()));
        } catch (RuntimeException e) {
            return List.of(SiteFindings.checkError(check.family(), page.url(), e.toString()));
        }
    }

    /** Windows a page opened (pop-ups, window.open on a timer) would pile up from page to page. */
    private static void closeExtraWindows(BrowserSession session) {
        try {
            session.closeExtraWindows();
        } catch (WebDriverException ignored) {
            // a browser that broke here is noticed by the next page's load
        }
    }

    /** A page that leaves by script while a check runs takes the check's results with it: say so. */
    private static Optional<String> navigatedAway(BrowserSession session, OpenPage page) {
        try {
            return leftFor(session.currentUrl(), page);
        } catch (WebDriverException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> leftFor(String now, OpenPage page) {
        String was = page.snapshot().finalUrl();
        if (UrlNormalizer.normalize(now).equals(UrlNormalizer.normalize(was))) return Optional.empty();
        return Optional.of("the page went on to " + now + " by itself while it was being checked");
    }
}
