package kz.govsite.check.lowvision;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.govsite.browser.BrowserSession;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/** Runs {@code probe.js} and {@code hints.js} in the page: measurements, controls, overflow and clipping. */
final class PageProbe {
    private static final String SOURCE = load();
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final BrowserSession session;
    private final ControlVocabulary vocabulary;

    PageProbe(BrowserSession session, ControlVocabulary vocabulary) {
        this.session = session;
        this.vocabulary = vocabulary;
    }

    /** Measures the page; the openers are left out of the content, like the plugin's panel. */
    PageState measure(List<Control> openers) {
        var options = new LinkedHashMap<String, Object>();
        options.put("exclude", vocabulary.panelSelectors());
        options.put("excludeElements", openers.stream().map(Control::element).toList());
        options.put("onPurpose", vocabulary.hiddenOnPurposeSelectors());
        options.put("markers", vocabulary.modeMarkers());
        return read(call("return JSON.stringify(GovsiteLowVision.measure(arguments[0]));", options), PageState.class);
    }

    /** Every clickable element with an accessible name. */
    List<Control> controls() {
        return controls(call("return GovsiteLowVision.controls();"));
    }

    /** Small clickable elements with their ids, classes, hrefs and icons, for toggles without a label. */
    List<IconToggles.Candidate> hinted() {
        var out = new ArrayList<IconToggles.Candidate>();
        if (call("return GovsiteLowVision.hinted();") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("element") instanceof WebElement e) {
                    var control = new Control(e, String.valueOf(m.get("name")), String.valueOf(m.get("selector")),
                            Boolean.TRUE.equals(m.get("visible")));
                    out.add(new IconToggles.Candidate(control, String.valueOf(m.get("text")), strings(m.get("names")),
                            String.valueOf(m.get("href")), strings(m.get("icons")),
                            Boolean.TRUE.equals(m.get("nearPassword"))));
                }
            }
        }
        return out;
    }

    /** Text samples of the elements and everything in them, in the page's current state. */
    List<TextSample> textsWithin(List<WebElement> elements) {
        if (elements.isEmpty()) return List.of();
        String json = String.valueOf(call("return JSON.stringify(GovsiteLowVision.textsWithin(arguments[0]));",
                elements));
        try {
            return JSON.readValue(json, TypeFactory.defaultInstance().constructCollectionType(List.class, TextSample.class));
        } catch (IOException e) {
            throw new WebDriverException("the controls' text could not be read: " + e.getMessage());
        }
    }

    private static List<String> strings(Object raw) {
        return raw instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    /** The elements matching each selector, in the order of the selectors. */
    List<Control> bySelectors(List<String> selectors) {
        if (selectors.isEmpty()) return List.of();
        return controls(call("return GovsiteLowVision.bySelectors(arguments[0]);", selectors));
    }

    /** Contrast inputs of the elements named by CSS selectors; null where none matches. */
    List<TextSample> describe(List<String> selectors) {
        if (selectors.isEmpty()) return List.of();
        String json = String.valueOf(call("return JSON.stringify(GovsiteLowVision.describeTargets(arguments[0]));",
                selectors));
        try {
            return JSON.readValue(json, TypeFactory.defaultInstance().constructCollectionType(List.class, TextSample.class));
        } catch (IOException e) {
            throw new WebDriverException("the page's elements could not be read: " + e.getMessage());
        }
    }

    /**
     * Clicks {@code control} until the base text size reaches {@code stopAtPx} (0: as far as it goes)
     * or stops growing; answers the base size reached.
     */
    double growText(WebElement control, int maxClicks, double stopAtPx) {
        Object result = session.asyncScript(SOURCE + "\nGovsiteLowVision.growText(arguments[0], arguments[1], "
                + "arguments[2], arguments[3], arguments[arguments.length - 1]);", control,
                vocabulary.panelSelectors(), maxClicks, stopAtPx);
        if (result instanceof Map<?, ?> m && m.get("reached") instanceof Number n) return n.doubleValue();
        return 0;
    }

    /**
     * How wide the document is against the viewport, and what sticks out, once the next frame is
     * drawn: the page's own resize handlers run before it.
     */
    Overflow overflowAfterNextFrame() {
        return read(session.asyncScript(SOURCE + """

                var panel = arguments[0], done = arguments[arguments.length - 1];
                requestAnimationFrame(function () {
                  setTimeout(function () { done(JSON.stringify(GovsiteLowVision.overflowing(panel))); }, 0);
                });
                """, vocabulary.panelSelectors()), Overflow.class);
    }

    /**
     * Boxes that hide overflowing text without and with the WCAG 1.4.12 text-spacing overrides, in
     * one command; the overrides are in for one drawn frame and taken out again.
     */
    Spacing clippedWithSpacing() {
        try {
            return read(session.asyncScript(SOURCE + "\nGovsiteLowVision.clippedWithSpacing(arguments[0], "
                    + "arguments[arguments.length - 1]);", vocabulary.panelSelectors()), Spacing.class);
        } catch (WebDriverException e) {
            removeTextSpacing();
            throw e;
        }
    }

    private void removeTextSpacing() {
        call("GovsiteLowVision.removeSpacing(); return true;");
    }

    /** Clicks an element from a script: for a plugin's own panel controls, whose handlers run at once. */
    void scriptClick(WebElement element) {
        session.script("arguments[0].click();", element);
    }

    /** Waits for the next frame to be drawn: enough after a plugin's synchronous click handler. */
    void nextFrame() {
        session.asyncScript("var done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(function () { setTimeout(done, 0); });");
    }

    private Object call(String body, Object... args) {
        return session.script(SOURCE + "\n" + body, args);
    }

    private static List<Control> controls(Object raw) {
        var out = new ArrayList<Control>();
        if (raw instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("element") instanceof WebElement e) {
                    out.add(new Control(e, String.valueOf(m.get("name")), String.valueOf(m.get("selector")),
                            Boolean.TRUE.equals(m.get("visible"))));
                }
            }
        }
        return out;
    }

    private static <T> T read(Object raw, Class<T> type) {
        try {
            return JSON.readValue(String.valueOf(raw), type);
        } catch (IOException e) {
            throw new WebDriverException("the page's measurements could not be read: " + e.getMessage());
        }
    }

    /** probe.js, then hints.js, which adds the clues of toggles without a text label to it. */
    private static String load() {
        return load("probe.js") + "\n" + load("hints.js");
    }

    private static String load(String name) {
        try (InputStream in = PageProbe.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The boxes that clip text before the text-spacing overrides and with them. */
    record Spacing(List<Clipped> before, List<Clipped> after) {
    }

    /** A box that hides text overflowing it. */
    record Clipped(String selector, int scrollWidth, int clientWidth, int scrollHeight, int clientHeight, String text) {
    }

    /** The document's width at the current viewport, and the elements sticking out furthest. */
    record Overflow(int scrollWidth, int viewport, List<Sticking> elements) {
        Overflow {
            elements = elements == null ? List.of() : List.copyOf(elements);
        }

        boolean scrollsSideways() {
            return scrollWidth > viewport + 1;
        }
    }

    /** An element reaching past the right edge. */
    record Sticking(String selector, int right, int width, String text) {
    }
}
