package kz.govsite.check.lowvision;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import kz.govsite.GovsiteConfig;
import kz.govsite.LowVisionOptions;
import kz.govsite.browser.BrowserSession;
import kz.govsite.check.LiveCheck;
import kz.govsite.check.LivePage;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;

/**
 * Finds the page's control for the version for the visually impaired, switches it on like a user,
 * and proves the mode works: it changes the page, keeps all content, enlarges and contrasts the
 * text, reflows, survives going to the next page, and lets the user back out.
 *
 * <p>Everything happens in the session that has the page open, after the normal-mode checks: the
 * mode costs no extra load unless its toggle reloads the page, plus one load of the next page to
 * see the mode persist. The site's cookies and storage are then put back as they were before the
 * toggle was clicked (cleared, when the browser ended on another origin), so the next page is seen
 * in the normal mode, as a first-time visitor sees it.
 */
public final class LowVisionCheck implements LiveCheck {
    private final ControlVocabulary vocabulary;

    public LowVisionCheck() {
        this(ControlVocabulary.standard());
    }

    public LowVisionCheck(ControlVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public String family() {
        return "lowvision";
    }

    @Override
    public List<Finding> inspect(LivePage page) {
        long start = System.nanoTime();
        GovsiteConfig config = page.config();
        LowVisionOptions options = config.lowVision();
        BrowserSession session = page.session();
        var probe = new PageProbe(session, vocabulary);
        var finder = new ControlFinder(probe, vocabulary);
        var record = new LinkedHashMap<String, Object>();
        record.put("toggle", null);
        record.put("active", false);
        var findings = new ArrayList<Finding>();
        SiteState before = null;
        try {
            List<Control> openers = finder.openers(options.toggleSelector());
            if (openers.isEmpty()) {
                findings.add(LowVisionFindings.toggleMissing(page.url(),
                        options.required() ? Severity.SERIOUS : Severity.MODERATE, options.toggleSelector()));
                return findings;
            }
            Control toggle = openers.get(0);
            record.put("toggle", toggle.selector());
            Screenshots screenshots = options.screenshots()
                    ? new Screenshots(page.artifactDirectory(), config.report().outputDirectory()) : null;
            var shots = new LinkedHashMap<String, String>();
            if (screenshots != null) record.put("screenshots", shots);
            PageState normal = probe.measure(openers);
            var normalOpeners = probe.textsWithin(openers.stream().map(Control::element).toList());
            if (screenshots != null) shots.put("normal", screenshots.save(session, "normal"));

            before = SiteState.capture(session);
            UserClick.click(session, toggle.element());
            // Found again: a toggle that reloads the page leaves every element stale.
            PageState mode = probe.measure(finder.openers(options.toggleSelector()));
            var diff = ModeDifference.between(normal, mode);
            record.put("baseFontPx", ModeInspection.sizes(normal, mode));
            if (!diff.effective()) {
                findings.add(ineffective(page.url(), toggle, mode));
                return findings;
            }
            record.put("active", true);
            record.put("changes", diff.changes());
            if (screenshots != null) shots.put("lowVision", screenshots.save(session, "mode"));

            Optional<Control> closer = finder.closer(toggle);
            findings.addAll(new ModeInspection(session, probe, finder, config, normalOpeners)
                    .inspect(page.url(), page.snapshot().declaredLang(), normal, mode, closer, record));
            var exit = new ModeExit(session, probe, finder, options.toggleSelector());
            findings.addAll(exit.check(page.url(), closer, diff, page.inScopeLinks(), record));
            return findings;
        } finally {
            if (before != null && !before.restore(session)) session.resetState();
            record.put("ms", (System.nanoTime() - start) / 1_000_000);
            page.record("lowVision", record);
        }
    }

    /** bvi 1.0.x whose cookies the browser refused has its own, clearer finding. */
    private static Finding ineffective(String url, Control toggle, PageState mode) {
        if (mode.bvi().equals("1.0") && !mode.cookies().contains("bvi_panelActive")) {
            return LowVisionFindings.bviCookiesRejected(url, toggle, hostOf(mode.url()));
        }
        return LowVisionFindings.toggleIneffective(url, toggle);
    }

    private static String hostOf(String url) {
        try {
            String authority = URI.create(url).getRawAuthority();
            return authority == null ? url : authority;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
