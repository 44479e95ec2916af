package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.govsite.CrawlOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.check.lowvision.LowVisionOptions;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.crawl.StaticSiteServer;
import kz.govsite.finding.Finding;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bvi 1.0.x on an address with a port: the browser rejects its cookies and the plugin does nothing. */
@Tag("browser")
class BviOnAPortBrowserTest {
    @TempDir
    Path work;

    @Test
    void reportsTheRejectedCookiesAsTheirOwnFinding() throws Exception {
        Browsers.requireChromium();
        Path site = BviPlugin.siteWithPlugin(Fixtures.site("lowvision-bvi"), work.resolve("site"));
        try (var server = StaticSiteServer.start(site)) {
            String url = "http://" + server.address() + "/";
            var config = GovsiteConfig.builder()
                    .startUrl(url)
                    .crawl(CrawlOptions.defaults().withMaxPages(1))
                    .checks(Set.of("lowvision"))
                    .options(new LowVisionOptions("a.bvi-open", 16, 2.0, 640,
                            List.of("color-contrast", "color-contrast-enhanced"), false, false))
                    .report(ReportOptions.defaults(work.resolve("out")))
                    .build();
            var report = SiteCheck.run(config, Progress.SILENT);
            var lowVision = report.findings().stream().filter(f -> f.family().equals("lowvision")).toList();
            assertEquals(1, lowVision.size(), lowVision.toString());
            Finding rejected = lowVision.get(0);
            assertEquals("lowvision.bvi-cookies-rejected", rejected.check());
            assertEquals(url, rejected.url());
            assertEquals("a.bvi-open", rejected.selector(), "the configured toggle selector is used");
            assertEquals(Map.of("host", server.address(), "toggle", "a.bvi-open"), rejected.evidence());
            try (var files = Files.walk(work.resolve("out"))) {
                assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".png")).toList(),
                        "screenshots are off");
            }
        }
    }
}
