package kz.govsite.check.lowvision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import kz.govsite.browser.BrowserSession;
import kz.govsite.finding.Finding;

/** Reflow at a narrow viewport and the WCAG 1.4.12 text spacing, with the mode's text enlarged. */
final class LayoutChecks {
    private final BrowserSession session;
    private final PageProbe probe;

    LayoutChecks(BrowserSession session, PageProbe probe) {
        this.session = session;
        this.probe = probe;
    }

    /** Boxes that clip text once the text-spacing overrides are in, and did not before. */
    List<Finding> textSpacing(String url) {
        var spacing = probe.clippedWithSpacing();
        var before = new HashSet<String>();
        spacing.before().forEach(c -> before.add(c.selector()));
        var newlyClipped = spacing.after().stream().filter(c -> !before.contains(c.selector())).toList();
        var out = new ArrayList<Finding>();
        newlyClipped.stream().limit(LowVisionFindings.PER_PAGE)
                .forEach(c -> out.add(LowVisionFindings.textSpacing(url, c, newlyClipped.size())));
        return out;
    }

    /**
     * Whether the page scrolls sideways at {@code width} CSS px; empty when the session cannot set
     * its viewport (a Grid without the DevTools protocol).
     */
    Optional<PageProbe.Overflow> overflowAt(int width, int height) {
        try {
            session.setViewport(width, height);
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
        try {
            // Layout follows the new width at once; the page's own resize handlers run before the next frame.
            return Optional.of(probe.overflowAfterNextFrame());
        } finally {
            session.resetViewport();
        }
    }
}
