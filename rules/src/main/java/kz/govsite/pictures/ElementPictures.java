package kz.govsite.pictures;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.govsite.browser.AxeScript;
import kz.govsite.browser.BrowserSession;
import kz.govsite.check.LivePage;
import kz.govsite.internal.ReportPaths;
import org.openqa.selenium.WebDriverException;

/**
 * Outlines the first failing elements of each axe rule on a crop of their page, while the page is
 * still open after axe: at most {@link PictureOptions#max()} elements per rule in the whole run,
 * so that a 5,000-page report holds a few dozen small pictures, not thousands. Elements inside
 * frames and elements with no box are left out. The files go next to the page's other files and
 * their paths into the page's {@code pictures} in report.json.
 *
 * <p>One instance per run, shared by the sessions: it counts the pictures each rule has.
 */
public final class ElementPictures {
    /** Page data key: a list of {@code {check, selector, file}}. */
    public static final String KEY = "pictures";
    private static final String BOXES = """
            var sels = arguments[0], out = [];
            for (var i = 0; i < sels.length; i++) {
              var el = null;
              try { el = document.querySelector(sels[i]); } catch (e) { el = null; }
              if (!el) { out.push(null); continue; }
              var r = el.getBoundingClientRect();
              out.push([r.left + window.scrollX, r.top + window.scrollY, r.width, r.height]);
            }
            return {boxes: out, vw: window.innerWidth, vh: window.innerHeight, dpr: window.devicePixelRatio || 1,
                    sx: window.scrollX, sy: window.scrollY};
            """;
    private final Map<String, Integer> taken = new HashMap<>();
    private final PictureOptions options;
    private final Path reportDirectory;

    /** @param reportDirectory the folder report.html is in: pictures are linked relative to it */
    public ElementPictures(PictureOptions options, Path reportDirectory) {
        this.options = options;
        this.reportDirectory = reportDirectory;
    }

    /** Takes the pictures this page's violations still need; never fails the check. */
    public void take(LivePage page, AxeScript.AxeResult result) {
        if (!options.enabled()) return;
        var wanted = new ArrayList<Wanted>();
        for (AxeScript.Violation v : result.violations()) {
            List<AxeScript.Node> nodes = v.nodes().stream().filter(n -> n.target().size() == 1).toList();
            int granted = grant("axe." + v.id(), nodes.size(), options.max());
            for (int i = 0; i < granted; i++) wanted.add(new Wanted("axe." + v.id(), nodes.get(i).selector(), i + 1));
        }
        if (wanted.isEmpty()) return;
        long start = System.nanoTime();
        var files = new ArrayList<Map<String, String>>();
        try {
            shoot(page, wanted, files);
        } catch (WebDriverException | UncheckedIOException | UnsupportedOperationException e) {
            // A picture is a help, not a result: the findings stand without it.
        } finally {
            // Rules whose elements could not be pictured here may be pictured on a later page.
            for (String check : wanted.stream().map(Wanted::check).distinct().toList()) {
                long asked = wanted.stream().filter(w -> w.check().equals(check)).count();
                long got = files.stream().filter(f -> f.get("check").equals(check)).count();
                giveBack(check, (int) (asked - got));
            }
            if (!files.isEmpty()) page.record(KEY, files);
            page.record(KEY + "Ms", (System.nanoTime() - start) / 1_000_000);
        }
    }

    private synchronized int grant(String check, int want, int max) {
        int used = taken.getOrDefault(check, 0);
        int granted = Math.max(0, Math.min(want, max - used));
        taken.put(check, used + granted);
        return granted;
    }

    private synchronized void giveBack(String check, int n) {
        if (n > 0) taken.merge(check, -n, Integer::sum);
    }

    private record Wanted(String check, String selector, int n) {
    }

    @SuppressWarnings("unchecked")
    private void shoot(LivePage page, List<Wanted> wanted, List<Map<String, String>> files) {
        BrowserSession session = page.session();
        var selectors = wanted.stream().map(Wanted::selector).toList();
        var measured = (Map<String, Object>) session.script(BOXES, selectors);
        var boxes = (List<Object>) measured.get("boxes");
        double dpr = number(measured.get("dpr"), 1);
        double vh = number(measured.get("vh"), 800);
        double startX = number(measured.get("sx"), 0);
        double startY = number(measured.get("sy"), 0);
        double shotY = Double.NaN;
        BufferedImage shot = null;
        try {
            for (int i = 0; i < wanted.size(); i++) {
                if (!(boxes.get(i) instanceof List<?> b) || b.size() < 4) continue;
                double x = number(b.get(0), 0), y = number(b.get(1), 0), w = number(b.get(2), 0), h = number(b.get(3), 0);
                if (w < 1 || h < 1) continue;
                boolean inView = y - Outline.MARGIN >= startY && y + Math.min(h, Outline.MAX_HEIGHT) + Outline.MARGIN <= startY + vh;
                if (session.hasDevTools() && inView) {
                    // DevTools cuts the element's surroundings out of the viewport directly: no scrolling,
                    // no full picture. Never beyond the viewport: Chromium then resizes the page to lay it
                    // all out, and the next navigation of that tab was seen to hang until its timeout.
                    save(page, wanted.get(i), clipped(session, x, y, w, h), files);
                    continue;
                }
                double shown = Math.min(h, Outline.MAX_HEIGHT / dpr - 2.0 * Outline.MARGIN);
                // One screenshot serves every element that lies within the same viewport.
                if (shot == null || y - Outline.MARGIN < shotY || y + shown + Outline.MARGIN > shotY + vh) {
                    double target = Math.max(0, y - Outline.MARGIN * 2);
                    Object at = session.script("window.scrollTo(arguments[0], arguments[1]); return window.scrollY;", startX, target);
                    shotY = number(at, target);
                    shot = Outline.read(session.screenshot());
                    if (shot == null) return;
                }
                var box = new Rectangle((int) Math.round((x - startX) * dpr), (int) Math.round((y - shotY) * dpr),
                        (int) Math.ceil(w * dpr), (int) Math.ceil(h * dpr));
                save(page, wanted.get(i), Outline.crop(shot, box), files);
            }
        } finally {
            if (!Double.isNaN(shotY)) session.script("window.scrollTo(arguments[0], arguments[1]);", startX, startY);
        }
    }

    /** The element's surroundings from DevTools, framed; in CSS pixels of the document. */
    private static java.util.Optional<byte[]> clipped(BrowserSession session, double x, double y, double w, double h) {
        double left = Math.max(0, x - Outline.MARGIN);
        double top = Math.max(0, y - Outline.MARGIN);
        double width = Math.min(x + w + Outline.MARGIN - left, Outline.MAX_WIDTH);
        double height = Math.min(y + h + Outline.MARGIN - top, Outline.MAX_HEIGHT);
        Object data = session.cdp("Page.captureScreenshot", Map.of("format", "png", "optimizeForSpeed", true,
                "captureBeyondViewport", false,
                "clip", Map.of("x", left, "y", top, "width", width, "height", height, "scale", 1))).get("data");
        if (!(data instanceof String base64)) return java.util.Optional.empty();
        BufferedImage shot = Outline.read(java.util.Base64.getDecoder().decode(base64));
        if (shot == null) return java.util.Optional.empty();
        // The picture may come at the device's pixel ratio: scale the box with it.
        double ratio = shot.getWidth() / width;
        var box = new Rectangle((int) Math.round((x - left) * ratio), (int) Math.round((y - top) * ratio),
                (int) Math.ceil(w * ratio), (int) Math.ceil(h * ratio));
        return Outline.crop(shot, box);
    }

    private void save(LivePage page, Wanted want, java.util.Optional<byte[]> png, List<Map<String, String>> files) {
        if (png.isEmpty()) return;
        Path file = page.artifactDirectory().resolve("element-" + want.check().replaceAll("[^A-Za-z0-9-]", "-") + "-" + want.n() + ".png");
        try {
            Files.write(file, png.get());
        } catch (IOException e) {
            throw new UncheckedIOException("could not save " + file + ": " + e.getMessage(), e);
        }
        var entry = new LinkedHashMap<String, String>();
        entry.put("check", want.check());
        entry.put("selector", want.selector());
        entry.put("file", ReportPaths.relative(reportDirectory, file));
        files.add(entry);
    }

    private static double number(Object value, double fallback) {
        return value instanceof Number n ? n.doubleValue() : fallback;
    }
}
