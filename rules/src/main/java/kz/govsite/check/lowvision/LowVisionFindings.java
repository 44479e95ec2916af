package kz.govsite.check.lowvision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.govsite.browser.AxeScript;
import kz.govsite.check.axe.AxeFindings;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Message;
import kz.govsite.finding.Severity;
import kz.govsite.internal.Text;

/** The low-vision check's findings, one factory per id, so that every message reads the same way. */
public final class LowVisionFindings {
    public static final String TOGGLE_MISSING = "lowvision.toggle-missing";
    public static final String TOGGLE_INEFFECTIVE = "lowvision.toggle-ineffective";
    public static final String BVI_COOKIES_REJECTED = "lowvision.bvi-cookies-rejected";
    public static final String NOT_PERSISTENT = "lowvision.not-persistent";
    public static final String RETURN_MISSING = "lowvision.return-missing";
    public static final String RETURN_INEFFECTIVE = "lowvision.return-ineffective";
    public static final String FONT_SIZE = "lowvision.font-size";
    public static final String CONTRAST = "lowvision.contrast";
    public static final String CONTENT_HIDDEN = "lowvision.content-hidden";
    public static final String REFLOW = "lowvision.reflow";
    public static final String TEXT_SPACING = "lowvision.text-spacing";
    public static final String PANEL_LANGUAGE = "lowvision.panel-language";

    /** How many elements of one kind a page reports one by one; the messages give the full count. */
    public static final int PER_PAGE = 5;
    private static final int EXAMPLES = 8;

    private LowVisionFindings() {
    }

    public static Finding toggleMissing(String url, Severity severity, String configuredSelector) {
        String message = configuredSelector == null || configuredSelector.isBlank()
                ? "no control to switch to the version for the visually impaired (none of the known plugin "
                        + "markers, no link or button named like «Версия для слабовидящих» or «Нашар көретіндерге "
                        + "арналған нұсқа»)"
                : "no element matches the low-vision toggle selector '" + configuredSelector
                        + "' (govsite.lowVision.toggle)";
        return Finding.onPage(TOGGLE_MISSING, severity, url, message)
                .withText(configuredSelector == null || configuredSelector.isBlank()
                        ? Message.of(TOGGLE_MISSING) : Message.of(TOGGLE_MISSING + ".selector", "selector", configuredSelector));
    }

    public static Finding toggleIneffective(String url, Control toggle) {
        return new Finding(TOGGLE_INEFFECTIVE, Severity.SERIOUS, url, toggle.selector(),
                "clicking «" + toggle.name() + "» changed nothing measurable: the text size, colours and images "
                        + "stayed as they were and no low-vision plugin marker appeared",
                List.of(), "", "", Map.of("toggle", toggle.selector()))
                .withText(TOGGLE_INEFFECTIVE, "control", toggle.name());
    }

    public static Finding bviCookiesRejected(String url, Control toggle, String host) {
        return new Finding(BVI_COOKIES_REJECTED, Severity.SERIOUS, url, toggle.selector(),
                "the bvi plugin did not switch on: the browser rejected its cookies. bvi 1.0.x sets them with "
                        + "domain=location.host, which includes the port (" + host + "), so on any address with a "
                        + "port it does nothing; serve the site on the default port or patch the plugin's cookie code",
                List.of(), "", "", Map.of("host", host, "toggle", toggle.selector()))
                .withText(BVI_COOKIES_REJECTED, "host", host);
    }

    public static Finding notPersistent(String url, String nextUrl) {
        return Finding.onPage(NOT_PERSISTENT, Severity.SERIOUS, url,
                "the low-vision mode switched on here was off again on the next page, " + nextUrl
                        + ": the user has to switch it on again on every page")
                .withEvidence(Map.of("nextUrl", nextUrl))
                .withText(NOT_PERSISTENT, "nextUrl", nextUrl);
    }

    public static Finding returnMissing(String url) {
        return Finding.onPage(RETURN_MISSING, Severity.SERIOUS, url,
                "in the low-vision mode there is no visible control to return to the normal version (such as "
                        + "«Обычная версия сайта» or «Қалыпты нұсқа»)")
                .withText(RETURN_MISSING);
    }

    public static Finding returnIneffective(String url, Control closer) {
        return new Finding(RETURN_INEFFECTIVE, Severity.SERIOUS, url, closer.selector(),
                "clicking «" + closer.name() + "» in the low-vision mode did not bring back the normal version",
                List.of(), "", "", Map.of("control", closer.selector()))
                .withText(RETURN_INEFFECTIVE, "control", closer.name());
    }

    public static Finding fontTooSmall(String url, TextSample sample, int minFontPx, int total) {
        return new Finding(FONT_SIZE, Severity.MODERATE, url, sample.selector(),
                "in the low-vision mode text «" + sample.text() + "» is " + ModeDifference.px(sample.px())
                        + " px, smaller than " + minFontPx + " px" + ofTotal(total),
                List.of("1.4.4"), "", "", evidence("modePx", ModeDifference.px(sample.px()),
                        "minFontPx", String.valueOf(minFontPx)))
                .withText(Message.of(FONT_SIZE + ".small" + totalSuffix(total), "text", sample.text(),
                        "px", ModeDifference.px(sample.px()), "minPx", minFontPx, "total", total));
    }

    public static Finding fontCannotGrow(String url, TextSizes.Shortfall s, boolean withControls, int total) {
        String normal = s.normalPx().map(ModeDifference::px).orElse("absent");
        String mode = s.modePx().map(ModeDifference::px).orElse("absent");
        return new Finding(FONT_SIZE, Severity.SERIOUS, url, s.largest().selector(),
                "in the low-vision mode text «" + s.largest().text() + "» cannot reach "
                        + ModeDifference.px(s.targetPx()) + " px: it is " + normal + " px normally, " + mode
                        + " px in the mode, and at most " + ModeDifference.px(s.reachedPx()) + " px"
                        + (withControls ? " with the mode's size controls" : " (the mode offers no size controls)")
                        + ofTotal(total),
                List.of("1.4.4"), "", "", evidence("normalPx", normal, "modePx", mode,
                        "largestPx", ModeDifference.px(s.reachedPx()), "targetPx", ModeDifference.px(s.targetPx())))
                .withText(Message.of(FONT_SIZE + ".cannot-grow" + (withControls ? "" : ".no-controls") + totalSuffix(total),
                        "text", s.largest().text(), "targetPx", ModeDifference.px(s.targetPx()),
                        "normalPx", s.normalPx().map(ModeDifference::px).orElse("—"),
                        "modePx", s.modePx().map(ModeDifference::px).orElse("—"),
                        "reachedPx", ModeDifference.px(s.reachedPx()), "total", total));
    }

    public static Finding contentHidden(String url, MissingContent missing, boolean onPurpose) {
        String message = onPurpose
                ? "the site hides on purpose in the low-vision mode " + missing.describe(EXAMPLES)
                : "in the low-vision mode " + missing.describe(EXAMPLES) + " of the normal version are missing or hidden";
        var evidence = new LinkedHashMap<String, String>();
        if (!missing.words().isEmpty()) evidence.put("words", String.join(" ", missing.words().stream().limit(50).toList()));
        if (!missing.links().isEmpty()) evidence.put("links", String.join(" ", missing.links().stream().limit(20).toList()));
        if (!missing.imageAlts().isEmpty()) evidence.put("images", String.join(" | ", missing.imageAlts().stream().limit(20).toList()));
        return new Finding(CONTENT_HIDDEN, onPurpose ? Severity.MINOR : Severity.SERIOUS, url, "", message,
                List.of(), "", "", evidence)
                .withText(CONTENT_HIDDEN + (onPurpose ? ".on-purpose" : ""), "words", missing.words().size(),
                        "links", missing.links().size(), "images", missing.imageAlts().size());
    }

    public static Finding reflow(String url, PageProbe.Overflow overflow) {
        String selector = overflow.elements().isEmpty() ? "" : overflow.elements().get(0).selector();
        String widest = overflow.elements().isEmpty() ? ""
                : "; furthest out: " + selector + " reaching " + overflow.elements().get(0).right() + " px";
        return new Finding(REFLOW, Severity.SERIOUS, url, selector,
                "in the low-vision mode, with the text enlarged, a " + overflow.viewport() + " px wide viewport "
                        + "scrolls sideways: the page is " + overflow.scrollWidth() + " px wide" + widest,
                List.of("1.4.10"), "", "", evidence("viewportPx", String.valueOf(overflow.viewport()),
                        "scrollWidthPx", String.valueOf(overflow.scrollWidth())))
                .withText(overflow.elements().isEmpty() ? Message.of(REFLOW, "viewportPx", overflow.viewport(),
                                "widthPx", overflow.scrollWidth())
                        : Message.of(REFLOW + ".element", "viewportPx", overflow.viewport(), "widthPx",
                                overflow.scrollWidth(), "selector", selector, "rightPx", overflow.elements().get(0).right()));
    }

    public static Finding textSpacing(String url, PageProbe.Clipped box, int total) {
        String axis = box.scrollHeight() > box.clientHeight() + 1 ? box.scrollHeight() + " px of text in a "
                + box.clientHeight() + " px high box" : box.scrollWidth() + " px of text in a " + box.clientWidth()
                + " px wide box";
        return new Finding(TEXT_SPACING, Severity.SERIOUS, url, box.selector(),
                "in the low-vision mode, with the WCAG 1.4.12 text spacing applied, text «" + box.text()
                        + "» is cut off: " + axis + ofTotal(total),
                List.of("1.4.12"), "", "", evidence("scroll", box.scrollWidth() + "x" + box.scrollHeight(),
                        "client", box.clientWidth() + "x" + box.clientHeight()))
                .withText(box.scrollHeight() > box.clientHeight() + 1
                        ? Message.of(TEXT_SPACING + ".height" + totalSuffix(total), "text", box.text(),
                                "textPx", box.scrollHeight(), "boxPx", box.clientHeight(), "total", total)
                        : Message.of(TEXT_SPACING + ".width" + totalSuffix(total), "text", box.text(),
                                "textPx", box.scrollWidth(), "boxPx", box.clientWidth(), "total", total));
    }

    public static Finding contrast(String url, AxeScript.Violation violation, AxeScript.Node node,
                                   List<String> schemes) {
        String under = schemes.isEmpty() ? ""
                : schemes.size() == 1 ? " (colour scheme " + schemes.get(0) + ")"
                : " (colour schemes " + String.join(", ", schemes) + ")";
        var evidence = new LinkedHashMap<String, String>();
        evidence.put("rule", violation.id());
        if (!schemes.isEmpty()) evidence.put("schemes", String.join(",", schemes));
        AxeFindings.summary(node).ifPresent(s -> evidence.put("summary", s));
        return AxeFindings.of(CONTRAST, url, violation, node,
                "in the low-vision mode" + under + ": " + violation.help() + " [" + violation.id() + "]", evidence)
                .withText(Message.of(CONTRAST + (schemes.isEmpty() ? "" : ".schemes"), "help", violation.help(),
                        "rule", violation.id(), "schemes", String.join(", ", schemes)));
    }

    public static Finding panelLanguage(String url, String pageLanguage, String panelLanguage, String panelText) {
        String sample = Text.truncate(panelText, 80);
        return Finding.onPage(PANEL_LANGUAGE, Severity.MODERATE, url,
                        "the page is in " + ScriptLanguage.name(pageLanguage) + " but the low-vision panel speaks "
                                + ScriptLanguage.name(panelLanguage) + ": «" + sample + "»")
                .withWcag(List.of("3.1.2"))
                .withEvidence(Map.of("pageLanguage", pageLanguage, "panelLanguage", panelLanguage))
                .withText(PANEL_LANGUAGE, "pageLanguage", pageLanguage, "panelLanguage", panelLanguage, "sample", sample);
    }

    private static String totalSuffix(int total) {
        return total <= 1 ? "" : ".of-total";
    }

    private static String ofTotal(int total) {
        return total <= 1 ? "" : " (one of " + total + " on this page)";
    }

    private static Map<String, String> evidence(String... keysAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) map.put(keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }
}
