package kz.govsite.check.lowvision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.govsite.browser.BrowserSession;
import kz.govsite.finding.Finding;

/**
 * What must hold on the page once the mode is on: text sizes, content, contrast under each scheme,
 * text spacing, reflow and the panel's language. Leaves the mode on.
 */
final class ModeInspection {
    private static final int MAX_SIZE_CLICKS = 40;

    private final BrowserSession session;
    private final PageProbe probe;
    private final ControlFinder finder;
    private final LowVisionSettings settings;
    private final List<TextSample> normalOpeners;

    /** @param normalOpeners the text of the openers in the normal version, which {@code normal} leaves out */
    ModeInspection(BrowserSession session, PageProbe probe, ControlFinder finder, LowVisionSettings settings,
                   List<TextSample> normalOpeners) {
        this.normalOpeners = List.copyOf(normalOpeners);
        this.session = session;
        this.probe = probe;
        this.finder = finder;
        this.settings = settings;
    }

    /**
     * @param closer the control back to the normal version, when the mode shows one
     * @param record receives {@code baseFontPx.largest} and {@code schemes}
     */
    List<Finding> inspect(String url, String declaredLang, PageState normal, PageState mode,
                          Optional<Control> closer, Map<String, Object> record) {
        LowVisionOptions options = settings.options();
        var findings = new ArrayList<Finding>();

        var small = TextSizes.tooSmall(mode, options.minFontPx());
        small.stream().limit(LowVisionFindings.PER_PAGE)
                .forEach(t -> findings.add(LowVisionFindings.fontTooSmall(url, t, options.minFontPx(), small.size())));

        var missing = MissingContent.inMode(normal, mode);
        if (!missing.isEmpty()) findings.add(LowVisionFindings.contentHidden(url, missing, false));
        var onPurpose = MissingContent.hiddenOnPurpose(normal, mode);
        if (!onPurpose.isEmpty()) findings.add(LowVisionFindings.contentHidden(url, onPurpose, true));

        panelLanguage(url, declaredLang, normal, mode, closer).ifPresent(findings::add);

        if (!options.contrastRules().isEmpty()) {
            var contrast = new ModeContrast(session, probe, settings).check(finder.schemes(), normal, normalOpeners);
            findings.addAll(contrast.findings(url));
            record.put("schemes", contrast.schemes());
        } else {
            record.put("schemes", List.of());
        }

        // Reflow and spacing are judged with the text at the size asked for (a 1280 px screen at 200 %
        // is a 640 px viewport with text twice the normal size), then the text grows as far as it goes.
        var sizeUp = finder.sizeUp();
        double target = TextSizes.targetPx(normal, options.minScale());
        if (sizeUp.isPresent() && mode.baseFontPx() < target) {
            probe.growText(sizeUp.get().element(), MAX_SIZE_CLICKS, target);
        }
        var layout = new LayoutChecks(session, probe);
        findings.addAll(layout.textSpacing(url));
        var overflow = layout.overflowAt(options.reflowWidth(), mode.innerHeight());
        overflow.filter(PageProbe.Overflow::scrollsSideways)
                .ifPresent(o -> findings.add(LowVisionFindings.reflow(url, o)));
        if (overflow.isEmpty()) record.put("reflow", "not checked: the session cannot set its viewport");

        PageState largest = mode;
        if (sizeUp.isPresent()) {
            probe.growText(sizeUp.get().element(), MAX_SIZE_CLICKS, 0);
            largest = probe.measure(List.of());
        }
        @SuppressWarnings("unchecked")
        var sizes = (Map<String, Object>) record.get("baseFontPx");
        sizes.put("largest", largest.baseFontPx());
        var shortfalls = TextSizes.cannotReach(normal, mode, largest, options.minScale());
        shortfalls.stream().limit(LowVisionFindings.PER_PAGE).forEach(s -> findings.add(
                LowVisionFindings.fontCannotGrow(url, s, sizeUp.isPresent(), shortfalls.size())));
        return findings;
    }

    /** The panel (or, without one, the way back) in another language than the page. */
    private Optional<Finding> panelLanguage(String url, String declaredLang, PageState normal, PageState mode,
                                            Optional<Control> closer) {
        String panel = !mode.panelText().isBlank() ? mode.panelText() : closer.map(Control::name).orElse("");
        var pageLanguage = ScriptLanguage.declared(declaredLang)
                .or(() -> ScriptLanguage.of(String.join(" ", normal.tokens())));
        var panelLanguage = ScriptLanguage.of(panel);
        if (pageLanguage.isEmpty() || panelLanguage.isEmpty() || pageLanguage.get().equals(panelLanguage.get())) {
            return Optional.empty();
        }
        return Optional.of(LowVisionFindings.panelLanguage(url, pageLanguage.get(), panelLanguage.get(), panel));
    }

    static Map<String, Object> sizes(PageState normal, PageState mode) {
        var m = new LinkedHashMap<String, Object>();
        m.put("normal", normal.baseFontPx());
        m.put("lowVision", mode.baseFontPx());
        return m;
    }
}
