package kz.govsite.check.lowvision;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 *
 * <p>The way back and persistence belong to the site's mode, not to a page: with sampling on
 * ({@code govsite.lowVision.sampling=template}, the default) they are proved on the first pages of
 * each {@link TemplateSignature template} and carried to its other pages, which skip the click back,
 * the next page's load and the screenshots. Everything that depends on the page's content is still
 * judged on every page.
 */
public final class LowVisionCheck implements LiveCheck {
    private final LowVisionSettings settings;
    private final ControlVocabulary vocabulary;
    private final TemplateSamples samples = new TemplateSamples();

    public LowVisionCheck(LowVisionSettings settings) {
        this(settings, ControlVocabulary.standard());
    }

    public LowVisionCheck(LowVisionSettings settings, ControlVocabulary vocabulary) {
        this.settings = settings;
        this.vocabulary = vocabulary;
    }

    @Override
    public String family() {
        return LowVisionFamily.ID;
    }

    @Override
    public List<Finding> inspect(LivePage page) {
        long start = System.nanoTime();
        LowVisionOptions options = settings.options();
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
            String signature = options.samplesTemplates()
                    ? TemplateSignature.of(page.url(), toggle.selector(), page.snapshot().document()) : null;
            var proof = signature == null ? Optional.<TemplateSamples.Proof>empty() : samples.proof(signature);
            // Screenshots show the template's mode: its samples have them, the pages it is carried to not.
            Screenshots screenshots = options.screenshots() && proof.isEmpty()
                    ? new Screenshots(page.artifactDirectory(), settings.reportDirectory()) : null;
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
            findings.addAll(new ModeInspection(session, probe, finder, settings, normalOpeners)
                    .inspect(page.url(), page.snapshot().declaredLang(), normal, mode, closer, record));
            String returnControl = closer.map(Control::selector).orElse(null);
            if (proof.isPresent() && Objects.equals(returnControl, proof.get().facts().get("returnControl"))) {
                findings.addAll(carry(page, proof.get(), signature, record));
                return findings;
            }
            var exitRecord = new LinkedHashMap<String, Object>();
            var exit = new ModeExit(session, probe, finder, options.toggleSelector());
            var exitFindings = exit.check(page.url(), closer, diff, page.inScopeLinks(), exitRecord);
            record.putAll(exitRecord);
            findings.addAll(exitFindings);
            if (signature != null && exitRecord.get("persistent") == null) {
                // Proves nothing of persistence (no next page, or the mode would not come back on).
                record.put("sampling", sampling(signature, "checked in full: persistence not proved here", null));
            } else if (signature != null) {
                boolean uniform = samples.add(signature, new TemplateSamples.Proof(page.url(), exitFindings, exitRecord));
                record.put("sampling", sampling(signature, uniform ? "sample" : "checked in full: the template's "
                        + "samples disagree", null));
            }
            return findings;
        } finally {
            if (before != null && !before.restore(session)) session.resetState();
            record.put("ms", (System.nanoTime() - start) / 1_000_000);
            page.record("lowVision", record);
        }
    }

    /** The way back and persistence as its template's samples showed them, without clicking or loading again. */
    private static List<Finding> carry(LivePage page, TemplateSamples.Proof proof, String signature,
                                       Map<String, Object> record) {
        boolean hasNext = ModeExit.nextPage(page.url(), page.inScopeLinks()).isPresent();
        record.put("returnControl", proof.facts().get("returnControl"));
        if (proof.facts().containsKey("returnRestores")) record.put("returnRestores", proof.facts().get("returnRestores"));
        record.put("persistent", hasNext ? proof.facts().get("persistent") : null);
        record.put("sampling", sampling(signature, "carried", proof.url()));
        return proof.carriedTo(page.url(), hasNext);
    }

    private static Map<String, Object> sampling(String signature, String how, String provedOn) {
        var m = new LinkedHashMap<String, Object>();
        m.put("template", signature);
        m.put("how", how);
        if (provedOn != null) m.put("provedOn", provedOn);
        return m;
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
