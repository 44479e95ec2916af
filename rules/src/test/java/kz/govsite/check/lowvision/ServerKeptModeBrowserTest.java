package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.govsite.CrawlOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.MisbehavingServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mode the server remembers, with nothing of it in the browser's cookies or storage: putting the
 * browser's state back after "normal version" does not bring it back, so persistence must be
 * judged after switching it on again with its control, not reported as missing.
 */
@Tag("browser")
class ServerKeptModeBrowserTest {
    @TempDir
    Path out;

    @Test
    void aModeKeptOnTheServerIsFoundPersistent() throws Exception {
        Browsers.requireChromium();
        var modeOn = new AtomicBoolean();
        try (var server = MisbehavingServer.start()) {
            for (String path : List.of("/", "/next")) {
                server.route(path, ex -> ex.html(page(path, modeOn.get())));
            }
            server.route("/mode/on", ex -> {
                modeOn.set(true);
                ex.redirect(302, "/");
            });
            server.route("/mode/off", ex -> {
                modeOn.set(false);
                ex.redirect(302, "/");
            });
            var config = GovsiteConfig.builder()
                    .startUrl(server.url("/"))
                    .checks(Set.of("lowvision"))
                    .crawl(CrawlOptions.defaults().withMaxPages(1))
                    .report(ReportOptions.defaults(out))
                    .failOn("none")
                    .build();
            Report report = SiteCheck.run(config, Progress.SILENT);

            var lowVision = (Map<?, ?>) report.pages().get(0).data().get("lowVision");
            assertEquals(true, lowVision.get("active"), lowVision.toString());
            assertEquals(true, lowVision.get("returnRestores"), lowVision.toString());
            assertEquals(true, lowVision.get("persistent"), lowVision.toString());
            assertTrue(report.findings().stream().noneMatch(f -> f.check().equals("lowvision.not-persistent")),
                    report.findings().toString());
        }
    }

    private static String page(String path, boolean mode) {
        String style = mode
                ? "body { font-size: 32px; color: #fff; background: #000; } a { color: #ff0; }"
                : "body { font-size: 16px; color: #222; background: #fff; }";
        String control = mode ? "<a href=\"/mode/off\">Обычная версия сайта</a>"
                : "<a href=\"/mode/on\">Версия для слабовидящих</a>";
        String other = path.equals("/") ? "/next" : "/";
        return "<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Министерство</title><style>"
                + style + "</style></head><body><main><h1>Министерство</h1><p>Новости министерства и документы.</p>"
                + "<a href=\"" + other + "\">Далее</a></main><footer>" + control + "</footer></body></html>";
    }
}
