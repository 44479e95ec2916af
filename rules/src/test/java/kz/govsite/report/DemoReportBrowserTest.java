package kz.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import kz.govsite.BrowserOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.browser.AxeScript;
import kz.govsite.browser.BrowserSession;
import kz.govsite.browser.SessionFactory;
import kz.govsite.page.PageResult;
import kz.govsite.testing.Browsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kz.govsite.browser.AxeRun;

/**
 * The bundled demo site checked once for real (axe, low-vision, language, parity), its report.html
 * rendered in kk, ru and en next to the run's pictures: the first screen, the outlined elements and
 * the low-vision screenshots appear and load under the report's CSP, no English sentence is left in
 * kk and ru (alternative texts included), and axe finds nothing in any of the three.
 */
@Tag("browser")
class DemoReportBrowserTest {
    /** The demo's planted axe defects, one element each (demo/site/DEFECTS.md). */
    private static final Set<String> DEMO_AXE_RULES = Set.of("axe.image-alt", "axe.button-name", "axe.label",
            "axe.color-contrast", "axe.link-name");
    @TempDir
    static Path out;
    static Report report;
    static BrowserSession session;

    @BeforeAll
    static void checkTheDemoSite() throws Exception {
        Browsers.requireChromium();
        Path demo = Path.of("..", "demo", "site").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(demo), demo.toString());
        var config = GovsiteConfig.builder()
                .siteDirectory(demo)
                .checks(Set.of("axe", "lowvision", "language", "parity"))
                .report(ReportOptions.defaults(out).withFormats(Set.of("json", "html")))
                .failOn("none")
                .build();
        report = SiteCheck.run(config, Progress.SILENT);
        for (String language : List.of("kk", "ru", "en")) {
            Files.writeString(out.resolve("report-" + language + ".html"), HtmlReportWriter.toHtml(report, ReportText.of(language)));
        }
        session = SessionFactory.forOptions(BrowserOptions.defaults(), Map.of()).open();
    }

    @AfterAll
    static void stopBrowser() {
        if (session != null) session.close();
    }

    private static void open(String language) {
        session.open(out.resolve("report-" + language + ".html").toUri().toString());
        session.script("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
    }

    /** Every picture of the open report, once each has been scrolled to (they load lazily): src → natural width. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> loadedPictures() {
        return (Map<String, Long>) session.asyncScript("""
                var done = arguments[arguments.length - 1], imgs = Array.from(document.images), out = {};
                // One at a time: a lazy picture loads only once it comes near the viewport.
                function next(k) {
                  if (k === imgs.length) { window.scrollTo(0, 0); done(out); return; }
                  var i = imgs[k];
                  i.scrollIntoView();
                  function record() { out[i.getAttribute('src')] = i.naturalWidth; next(k + 1); }
                  if (i.complete && i.naturalWidth > 0) { record(); return; }
                  var timer = setTimeout(record, 5000);
                  i.addEventListener('load', function () { clearTimeout(timer); record(); }, {once: true});
                  i.addEventListener('error', function () { clearTimeout(timer); record(); }, {once: true});
                }
                next(0);
                """);
    }

    @Test
    void eachPlantedAxeDefectIsOutlinedOnItsPage() throws Exception {
        var pictured = new TreeSet<String>();
        long ms = 0;
        int pages = 0;
        for (PageResult p : report.pages()) {
            if (!p.isPage()) continue;
            pages++;
            if (p.data().get("picturesMs") instanceof Number n) ms += n.longValue();
            if (p.data().get("pictures") instanceof List<?> list) {
                for (Object o : list) {
                    var m = (Map<?, ?>) o;
                    pictured.add(String.valueOf(m.get("check")));
                    Path file = out.resolve(String.valueOf(m.get("file")));
                    assertTrue(Files.size(file) > 100, file.toString());
                }
            }
        }
        assertEquals(DEMO_AXE_RULES, pictured);
        if (System.getProperty("govsite.keepPictures") != null) {
            // For a look at the crops: copies them where the build keeps its files.
            for (PageResult p : report.pages()) {
                if (p.data().get("pictures") instanceof List<?> list) {
                    for (Object o : list) {
                        Path file = out.resolve(String.valueOf(((Map<?, ?>) o).get("file")));
                        Files.createDirectories(Path.of("target", "pictures"));
                        Files.copy(file, Path.of("target", "pictures", file.getFileName().toString()),
                                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        System.out.printf("pictures: %d ms over %d pages, %.1f ms a page, %.0f ms a pictured element%n", ms, pages,
                (double) ms / pages, (double) ms / pictured.size());
    }

    @Test
    void thePicturesAppearAndLoadUnderTheReportsPolicyInEveryLanguage() {
        for (String language : List.of("kk", "ru", "en")) {
            open(language);
            var loaded = loadedPictures();
            var elements = loaded.keySet().stream().filter(s -> s.contains("/element-axe-")).toList();
            var lowVision = loaded.keySet().stream().filter(s -> s.endsWith("/lowvision-mode.png")).toList();
            assertEquals(DEMO_AXE_RULES.size(), elements.size(), language + " " + loaded);
            assertFalse(lowVision.isEmpty(), language + " " + loaded);
            loaded.forEach((src, width) -> assertTrue(width > 0, language + ": " + src + " did not load"));
            assertEquals(true, session.script("return Array.from(document.images).every(function (i) {"
                    + " return i.loading === 'lazy' && i.alt.trim().length > 0 && i.parentElement.getAttribute('href') === i.getAttribute('src'); });"),
                    language + ": every picture is a lazy thumbnail with an alternative text that opens its file");
            assertTrue(String.valueOf(session.script("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content"))
                    .contains("img-src 'self' data: file:"));
        }
    }

    @Test
    void theKazakhAndRussianReportsHaveNoEnglishSentenceNotEvenInAlternativeTexts() {
        for (String language : List.of("kk", "ru")) {
            open(language);
            String text = ReportLanguageBrowserTest.visibleText(session)
                    + "\n" + session.script("return Array.from(document.images).map(function (i) { return i.alt; }).join('\\n');");
            text = text.replaceAll("«[^»]*»", "«»");
            var english = new ArrayList<String>();
            Matcher m = ReportLanguageBrowserTest.ENGLISH.matcher(text);
            while (m.find()) english.add(m.group());
            assertEquals(List.of(), english, language + ":\n" + text);
        }
        open("ru");
        String ru = ReportLanguageBrowserTest.visibleText(session);
        assertTrue(ru.contains("Сайт в целом"), ru);
        assertTrue(ru.contains("Что исправить в первую очередь"), ru);
    }

    @Test
    void theReportPassesAxeInEveryLanguage() throws Exception {
        for (String language : List.of("kk", "ru", "en")) {
            open(language);
            loadedPictures();
            var options = new AxeRun(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"),
                    List.of(), List.of(), List.of());
            var result = AxeScript.run(session, options, Map.of("color-contrast-enhanced", true));
            assertEquals(List.of(), result.violations().stream()
                    .map(v -> v.id() + " " + v.nodes().stream().map(n -> String.join(" ", n.target())).toList()).toList(), language);
            if (language.equals("kk")) {
                session.script("window.scrollTo(0, 0);");
                Path png = Path.of("target", "report-html.png");
                Files.createDirectories(png.getParent());
                Files.write(png, session.screenshot());
            }
        }
    }
}
