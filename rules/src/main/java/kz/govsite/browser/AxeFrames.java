package kz.govsite.browser;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * Runs axe in the page and in every frame of it, same-origin or not, nested or not, the way
 * axe-core's own frame protocol expects: {@code axe.runPartial} in each document, frames visited
 * depth first, then {@code axe.finishRun} in the top document over all the partial results, which
 * gives every element in a frame a target that starts with the frame's selector.
 *
 * <p>A frame must answer a first question within {@link #FRAME_ANSWER} before axe is put into it;
 * the frames of a page that do not answer cost at most {@link #UNANSWERED_BUDGET} together, after
 * which the rest are not tried. Each frame left out is named in {@link AxeScript.AxeResult#unchecked()},
 * and axe gets {@code null} for it, as its protocol asks.
 */
final class AxeFrames {
    static final Duration FRAME_ANSWER = Duration.ofMillis(1_000);
    static final Duration UNANSWERED_BUDGET = Duration.ofMillis(2_000);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** axe's final results from partial ones, trimmed to what govsite reads; {@code finish(partials, options, done)}. */
    private static final String FINISH_FUNCTIONS = """
            // For "needs review" axe's reason is the message of the check that could not decide: an "any" check.
            function reason(n) {
              var checks = (n.any || []).length ? n.any : [].concat(n.all || [], n.none || []);
              return checks.map(function (c) { return c.message; }).filter(Boolean).join('; ');
            }
            function trim(results, review) {
              return results.map(function (v) {
                return { id: v.id, impact: v.impact, tags: v.tags, help: v.help, helpUrl: v.helpUrl,
                  description: v.description,
                  nodes: v.nodes.map(function (n) {
                    return { target: n.target.map(String), html: n.html,
                      failureSummary: review ? reason(n) : n.failureSummary, impact: n.impact };
                  }) };
              });
            }
            function finish(partials, options, done) {
              axe.finishRun(partials, options).then(function (r) {
                done(JSON.stringify({ version: r.testEngine ? r.testEngine.version : axe.version,
                  document: performance.timeOrigin, violations: trim(r.violations || []),
                  incomplete: trim(r.incomplete || [], true) }));
              }).catch(function (e) { done(JSON.stringify({ error: String(e && e.message || e) })); });
            }
            """;

    /**
     * Lists the document's frames that the context reaches, then runs axe on the document alone. In
     * the top document of a page without frames ({@code arguments[2]}) it finishes the run there too:
     * one command instead of two, and the partial result never travels to Java and back.
     */
    private static final String PARTIAL = FINISH_FUNCTIONS + """
            var context = arguments[0], options = arguments[1], finishAlone = arguments[2] === true;
            var done = arguments[arguments.length - 1];
            if (typeof window.axe !== 'object' || typeof axe.runPartial !== 'function') return done('missing');
            var frames;
            try {
              frames = axe.utils.getFrameContexts(context, options).map(function (f) {
                return { selector: f.frameSelector, context: f.frameContext };
              });
            } catch (e) { return done(JSON.stringify({ error: String(e && e.message || e) })); }
            axe.runPartial(context, options).then(function (p) {
              if (finishAlone && frames.length === 0) return finish([p], options, done);
              done(JSON.stringify({ partial: JSON.stringify(p), frames: frames, document: performance.timeOrigin }));
            }).catch(function (e) { done(JSON.stringify({ error: String(e && e.message || e) })); });
            """;

    private static final String FINISH = FINISH_FUNCTIONS
            + "finish(JSON.parse(arguments[0]), arguments[1], arguments[arguments.length - 1]);";

    private static final String PROBE = "return typeof window.axe === 'object' && typeof axe.runPartial === 'function';";
    /** The frame element, and a short selector of it when it has an id (axe's own is the whole path). */
    private static final String FIND_FRAME = """
            var frame = axe.utils.shadowSelect(arguments[0]);
            var src = frame && frame.src ? frame.src : 'about:blank';
            return [frame, frame && frame.id ? '#' + CSS.escape(frame.id) : '', /^(https?|about|data|blob):/i.test(src)];
            """;

    private final BrowserSession session;
    private final Map<String, Object> options;
    private final List<String> partials = new ArrayList<>();
    private final List<AxeScript.UncheckedFrame> unchecked = new ArrayList<>();
    private long unansweredMs;

    private AxeFrames(BrowserSession session, Map<String, Object> options) {
        this.session = session;
        this.options = options;
    }

    /** axe's results for the current page and its frames; the top document must have axe already. */
    static AxeScript.AxeResult run(BrowserSession session, Object context, Map<String, Object> options) {
        var run = new AxeFrames(session, options);
        Object raw = run.script(context, true);
        Partial top = parse(raw);
        if (top.version() != null) return finished(raw);
        run.partials.add(top.partial());
        for (FrameContext frame : top.frames()) run.frame(frame, List.of());
        String all = "[" + String.join(",", run.partials) + "]";
        return finished(session.asyncScript(FINISH, all, options)).withDocument(top.document())
                .withUnchecked(run.unchecked);
    }

    private static AxeScript.AxeResult finished(Object raw) {
        AxeScript.AxeResult result = read(raw);
        if (result.error() != null) {
            throw new AxeScript.AxeFailedException("axe-core failed on the page: " + result.error());
        }
        return result;
    }

    /** One frame and the frames inside it; a frame that does not answer, or fails, is left out. */
    private void frame(FrameContext frame, List<String> parents) {
        var path = new ArrayList<>(parents);
        Object found = session.script(FIND_FRAME, frame.selector());
        Object element = found instanceof List<?> l && l.size() == 3 ? l.get(0) : null;
        String shortSelector = found instanceof List<?> l && l.size() == 3 ? String.valueOf(l.get(1)) : "";
        boolean loadable = found instanceof List<?> l && l.size() == 3 && Boolean.TRUE.equals(l.get(2));
        path.add(shortSelector.isEmpty() ? selectorText(frame.selector()) : shortSelector);
        if (unansweredMs >= UNANSWERED_BUDGET.toMillis()) {
            skip(path, "not tried: earlier frames of the page used up the " + UNANSWERED_BUDGET.toMillis()
                    + " ms they may wait");
            return;
        }
        if (!(element instanceof WebElement frameElement)) {
            skip(path, "the frame was gone before axe could reach it");
            return;
        }
        if (!loadable) {
            // file: and the like: the browser shows its error page there, which never answers a script.
            skip(path, "the frame's address is not a web page the browser loads into a site");
            return;
        }
        Partial partial;
        long start = System.nanoTime();
        try {
            session.switchToFrame(frameElement);
            boolean hasAxe = session.withScriptTimeout(FRAME_ANSWER, () -> Boolean.TRUE.equals(session.script(PROBE)));
            if (!hasAxe) AxeScript.injectSource(session);
            partial = partial(frame.context());
        } catch (BrowserUnresponsiveException e) {
            throw e;
        } catch (WebDriverException | AxeScript.AxeFailedException e) {
            unansweredMs += (System.nanoTime() - start) / 1_000_000;
            backToParent(parents);
            // A frame stuck in a loop would hold the later checks that look into frames.
            session.script("arguments[0].remove();", frameElement);
            skip(path, "the frame did not answer: " + firstLine(e));
            return;
        }
        partials.add(partial.partial());
        for (FrameContext inner : partial.frames()) frame(inner, path);
        backToParent(parents);
    }

    private void skip(List<String> path, String reason) {
        partials.add("null");
        unchecked.add(new AxeScript.UncheckedFrame(String.join(AxeScript.FRAME_SEPARATOR, path), reason));
    }

    /** Back to the document holding this frame; from a frame that broke, the way down from the top. */
    private void backToParent(List<String> parents) {
        try {
            session.switchToParentFrame();
        } catch (BrowserUnresponsiveException e) {
            throw e;
        } catch (WebDriverException e) {
            session.switchToFrame(null);
            if (!parents.isEmpty()) throw new AxeScript.AxeFailedException("lost the way back from a frame: " + firstLine(e));
        }
    }

    private Partial partial(Object context) {
        return parse(script(context, false));
    }

    /** @param finishAlone finish the run in this document when it has no frames (the top document only) */
    private Object script(Object context, boolean finishAlone) {
        Object raw = session.asyncScript(PARTIAL, context, options, finishAlone);
        if ("missing".equals(raw)) throw new AxeScript.AxeFailedException("axe-core is not in the document");
        return raw;
    }

    /** A partial result, or (with {@code version} set) the finished one of a page without frames. */
    private static Partial parse(Object raw) {
        try {
            Partial partial = JSON.readValue(String.valueOf(raw), Partial.class);
            if (partial.error() != null) throw new AxeScript.AxeFailedException("axe-core failed: " + partial.error());
            return partial;
        } catch (IOException e) {
            throw new AxeScript.AxeFailedException("axe-core returned no readable result: " + e.getMessage());
        }
    }

    private static AxeScript.AxeResult read(Object raw) {
        try {
            return JSON.readValue(String.valueOf(raw), AxeScript.AxeResult.class);
        } catch (IOException e) {
            throw new AxeScript.AxeFailedException("axe-core returned no readable result: " + e.getMessage());
        }
    }

    /** axe's selector of a frame: a list, with a list in it for each shadow root on the way. */
    static String selectorText(Object selector) {
        if (selector instanceof List<?> parts) {
            return String.join(" ", parts.stream().map(p -> p instanceof List<?> l
                    ? String.join(",", l.stream().map(String::valueOf).toList()) : String.valueOf(p)).toList());
        }
        return String.valueOf(selector);
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    record FrameContext(Object selector, Object context) {
    }

    record Partial(String partial, List<FrameContext> frames, double document, String error, String version) {
        Partial {
            frames = frames == null ? List.of() : frames;
        }
    }
}
