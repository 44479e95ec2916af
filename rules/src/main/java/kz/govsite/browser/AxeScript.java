package kz.govsite.browser;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the axe-core bundled in Deque's artifact straight through {@code axe.run}.
 *
 * <p>Deque's own Java helpers keep results in a static field and open a tab per call, so they are
 * neither thread-safe nor cheap; and asking for violations only, trimmed in the page before they
 * cross the wire, is several times faster on large pages.
 */
public final class AxeScript {
    private static final String SOURCE = load();
    private static final Map<String, List<String>> RULES_BY_TAG = new java.util.concurrent.ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Between the selectors of the frames on the way to an element, and the element's own. */
    public static final String FRAME_SEPARATOR = " >>> ";

    private AxeScript() {
    }

    /**
     * Puts axe into every document the session loads from now on, as it starts: sending half a
     * megabyte of script with every page costs more than the rest of a page's commands. That takes in
     * the page and its frames from the same site; frames from other sites run in another process and
     * get axe when they are checked ({@link AxeFrames}), as do sessions without DevTools.
     */
    public static void preload(BrowserSession session) {
        session.runAtDocumentStart("if (typeof window.axe === 'undefined') {\n"
                + SOURCE + "\n}");
    }

    /** Injects axe into the current page unless it is there already. */
    public static void inject(BrowserSession session) {
        Object present = session.script("return typeof window.axe === 'object' && typeof axe.run === 'function';");
        if (!Boolean.TRUE.equals(present)) injectSource(session);
    }

    static void injectSource(BrowserSession session) {
        session.script(SOURCE + "\n;return true;");
    }

    /**
     * Runs axe on the current page and in its frames (see {@link AxeFrames}) with the given rules and
     * returns its violations and the elements it could not decide on.
     */
    public static AxeResult run(BrowserSession session, AxeRun options, Map<String, Boolean> ruleOverrides) {
        inject(session);
        return AxeFrames.run(session, context(options), runOptions(options, ruleOverrides));
    }

    /** The ids of axe's rules with a tag; the same for every page, since there is one bundled axe. */
    public static List<String> ruleIdsTagged(BrowserSession session, String tag) {
        return RULES_BY_TAG.computeIfAbsent(tag, t -> {
            inject(session);
            Object ids = session.script("return axe.getRules([arguments[0]]).map(function (r) { return r.ruleId; });", t);
            return ids instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        });
    }

    /**
     * The ids of the rules that a run with these options executes, and axe's version, as axe itself
     * decides it for each rule ({@code axe.utils.ruleShouldRun}): a rule off by default runs when its
     * tag is asked for, experimental ones do not, and page-level rules only when the whole page is checked.
     */
    public static AxeRuleSet ruleSet(BrowserSession session, AxeRun options, Map<String, Boolean> ruleOverrides) {
        inject(session);
        Object raw = session.script("""
                var options = arguments[0], context = { page: arguments[1] };
                var ran = axe._audit.rules.filter(function (r) { return axe.utils.ruleShouldRun(r, context, options); })
                  .map(function (r) { return r.id; });
                ran.sort();
                return JSON.stringify({ version: axe.version, rules: ran });
                """, runOptions(options, ruleOverrides), options.include().isEmpty());
        try {
            return JSON.readValue(String.valueOf(raw), AxeRuleSet.class);
        } catch (IOException e) {
            throw new AxeFailedException("axe-core did not list its rules: " + e.getMessage());
        }
    }

    static Object context(AxeRun options) {
        if (options.include().isEmpty() && options.exclude().isEmpty()) {
            return "html";
        }
        var context = new LinkedHashMap<String, Object>();
        if (!options.include().isEmpty()) context.put("include", options.include().stream().map(List::of).toList());
        if (!options.exclude().isEmpty()) context.put("exclude", options.exclude().stream().map(List::of).toList());
        return context;
    }

    /** axe's options: the tags, the rules switched on or off by name, and results trimmed to what is read. */
    static Map<String, Object> runOptions(AxeRun options, Map<String, Boolean> ruleOverrides) {
        var rules = new LinkedHashMap<String, Object>();
        effectiveOverrides(options, ruleOverrides).forEach((id, on) -> rules.put(id, Map.of("enabled", on)));
        var run = new LinkedHashMap<String, Object>();
        run.put("runOnly", Map.of("type", "tag", "values", options.tags()));
        run.put("resultTypes", List.of("violations", "incomplete"));
        run.put("rules", rules);
        run.put("elementRef", false);
        run.put("xpath", false);
        run.put("ancestry", false);
        return run;
    }

    /** Rules switched on or off by name: the caller's, then the user's. */
    static Map<String, Boolean> effectiveOverrides(AxeRun options, Map<String, Boolean> ruleOverrides) {
        var rules = new LinkedHashMap<String, Boolean>();
        rules.putAll(ruleOverrides);
        options.disabledRules().forEach(id -> rules.put(id, false));
        return rules;
    }

    /** Rules to switch on or off on top of the options' tags, e.g. for the low-vision mode. */
    public static Map<String, Boolean> noOverrides() {
        return Map.of();
    }

    private static String load() {
        try (InputStream in = AxeScript.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the classpath: "
                        + "com.deque.html.axe-core:selenium must be a dependency");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What axe found.
     *
     * @param document   the document axe ran in ({@code performance.timeOrigin}), as {@link BrowserSession#openedDocument()}
     * @param incomplete rules axe could not decide on some elements: "needs review"
     * @param unchecked  frames of the page axe could not check
     */
    public record AxeResult(String version, double document, List<Violation> violations, List<Violation> incomplete,
                            List<UncheckedFrame> unchecked, String error) {
        public AxeResult {
            violations = violations == null ? List.of() : violations;
            incomplete = incomplete == null ? List.of() : incomplete;
            unchecked = unchecked == null ? List.of() : List.copyOf(unchecked);
        }

        AxeResult withDocument(double top) {
            return new AxeResult(version, top, violations, incomplete, unchecked, error);
        }

        AxeResult withUnchecked(List<UncheckedFrame> frames) {
            return new AxeResult(version, document, violations, incomplete, frames, error);
        }
    }

    /** A frame axe did not check, by its path of selectors, and why. */
    public record UncheckedFrame(String selector, String reason) {
    }

    /** One rule that failed, with every element that failed it. */
    public record Violation(String id, String impact, List<String> tags, String help, String helpUrl,
                            String description, List<Node> nodes) {
        public Violation {
            tags = tags == null ? List.of() : tags;
            nodes = nodes == null ? List.of() : nodes;
        }
    }

    /** One failing element; its target lists the selectors of the frames on the way, then its own. */
    public record Node(List<String> target, String html, String failureSummary, String impact) {
        public Node {
            target = target == null ? List.of() : target;
        }

        /** The element's selector with its frame path, e.g. {@code iframe#map >>> button}. */
        public String selector() {
            return String.join(FRAME_SEPARATOR, target);
        }
    }

    /** The axe version and the rules a configuration runs. */
    public record AxeRuleSet(String version, List<String> rules) {
    }

    /** axe-core itself failed on a page (not the page failing axe). */
    public static final class AxeFailedException extends RuntimeException {
        public AxeFailedException(String message) {
            super(message);
        }
    }
}
