package kz.govsite.check.lowvision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.govsite.browser.BrowserSession;
import kz.govsite.crawl.ResourceKinds;
import kz.govsite.finding.Finding;
import org.openqa.selenium.WebElement;

/**
 * The way out of the mode and its memory: the control back to the normal version must restore the
 * page, and the mode must survive going to the next page. Leaves the browser on the next page, in
 * the mode; the caller puts the site's state back.
 */
final class ModeExit {
    private final BrowserSession session;
    private final PageProbe probe;
    private final ControlFinder finder;
    private final String toggleSelector;

    ModeExit(BrowserSession session, PageProbe probe, ControlFinder finder, String toggleSelector) {
        this.session = session;
        this.probe = probe;
        this.finder = finder;
        this.toggleSelector = toggleSelector;
    }

    /**
     * Uses the way back on this page and compares with the normal version, switches the mode on
     * again, then opens the first in-scope link and looks for the mode there.
     *
     * @param closer the way back found on this page in the mode, if any
     */
    List<Finding> check(String url, Optional<Control> closer, ModeDifference diff,
                        List<String> inScopeLinks, Map<String, Object> record) {
        var findings = new ArrayList<Finding>();
        Optional<String> next = nextPage(url, inScopeLinks);
        record.put("returnControl", closer.map(Control::selector).orElse(null));
        boolean modeOn = true;
        SiteState inMode = null;
        if (closer.isEmpty()) {
            findings.add(LowVisionFindings.returnMissing(url));
        } else {
            inMode = SiteState.capture(session);
            UserClick.click(session, fresh(closer.get()));
            PageState after = measureHere();
            boolean restored = diff.restoredBy(after);
            record.put("returnRestores", restored);
            if (!restored) {
                findings.add(LowVisionFindings.returnIneffective(url, closer.get()));
            } else if (next.isEmpty()) {
                modeOn = false;
            } else {
                // What the site stored when the mode went on is put back instead of a second click;
                // a mode kept on the server is not, and gets its click below.
                modeOn = inMode.restore(session) || switchOnAgain(diff);
            }
        }
        if (next.isEmpty() || !modeOn) {
            record.put("persistent", null);
            return findings;
        }
        boolean persistent = showsModeOn(next.get(), diff);
        if (!persistent && inMode != null) {
            session.open(url);
            persistent = (diff.showsMode(measureHere()) || switchOnAgain(diff)) && showsModeOn(next.get(), diff);
        }
        record.put("persistent", persistent);
        record.put("nextUrl", next.get());
        if (!persistent) findings.add(LowVisionFindings.notPersistent(url, next.get()));
        return findings;
    }

    private boolean showsModeOn(String page, ModeDifference diff) {
        session.open(page);
        return diff.showsMode(measureHere());
    }

    /** The page as it is now, its openers left out as in the normal and mode measurements it is compared with. */
    private PageState measureHere() {
        return probe.measure(finder.openers(toggleSelector));
    }

    private boolean switchOnAgain(ModeDifference diff) {
        var opener = finder.openers(toggleSelector).stream().findFirst();
        if (opener.isEmpty()) return false;
        UserClick.click(session, opener.get().element());
        return diff.showsMode(measureHere());
    }

    /** The control found again: plugins may redraw their panel, and a reload makes every element stale. */
    private WebElement fresh(Control control) {
        var again = probe.bySelectors(List.of(control.selector())).stream().filter(Control::visible).findFirst();
        return again.map(Control::element).orElse(control.element());
    }

    /**
     * The first in-scope link to another page (not a document), on the same origin when there is one:
     * that is where the site's state can be put back.
     */
    static Optional<String> nextPage(String url, List<String> inScopeLinks) {
        var pages = inScopeLinks.stream().filter(l -> !l.equals(url) && !ResourceKinds.looksNonHtml(l)).toList();
        return pages.stream().filter(l -> origin(l).equals(origin(url))).findFirst().or(() -> pages.stream().findFirst());
    }

    private static String origin(String url) {
        try {
            var uri = java.net.URI.create(url);
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
