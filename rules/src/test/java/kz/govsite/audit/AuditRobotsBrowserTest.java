package kz.govsite.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import kz.govsite.BrowserOptions;
import kz.govsite.CrawlOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.MisbehavingServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit, a guest on other people's sites, fetches nothing their robots.txt forbids. */
@Tag("browser")
class AuditRobotsBrowserTest {
    @TempDir
    Path dir;

    @Test
    void anAuditedSiteIsCrawledOnlyWhereItsRobotsTxtAllows() throws Exception {
        Browsers.requireChromium();
        try (var server = MisbehavingServer.start()) {
            server.route("/robots.txt", ex -> ex.send(200, "text/plain",
                    "User-agent: *\nDisallow: /ru/cabinet/\nCrawl-delay: 0.2\n"));
            server.page("/ru/", MisbehavingServer.htmlPage("Акимат", MisbehavingServer.links(List.of(
                    "/ru/news/", "/ru/cabinet/", "/ru/cabinet/profile"))));
            server.page("/ru/news/", MisbehavingServer.htmlPage("Новости", ""));
            server.page("/ru/cabinet/", MisbehavingServer.htmlPage("Личный кабинет", ""));
            Path registry = Files.writeString(dir.resolve("agencies.yaml"), """
                    sites:
                      - id: akimat
                        name: Акимат
                        urls: %s
                    """.formatted(server.url("/ru/")));
            // What govsite:audit gives every site when the user says nothing: robots.txt obeyed.
            GovsiteConfig base = GovsiteConfig.builder()
                    .checks(Set.of("axe"))
                    .crawl(CrawlOptions.defaults().asGuest(true, "audit@ministry.example.kz"))
                    .browser(new BrowserOptions(null, null, null, 1280, 900, Duration.ofSeconds(30), 1, List.of()))
                    .report(new ReportOptions(dir.resolve("unused"), Set.of("json"), "ru"))
                    .buildShared();
            var result = Audit.run(new RegistryReader().read(registry), base,
                    new AuditSettings(dir.resolve("out"), null, 1, ScoreWeights.equal(), OptionalDouble.empty(), false),
                    Progress.SILENT);

            assertTrue(server.requests().stream().noneMatch(r -> r.pathAndQuery().startsWith("/ru/cabinet")),
                    "forbidden pages fetched: " + server.requestedPaths());
            var report = result.ranking().get(0).result().report();
            assertEquals(2, report.summary().pages(), "the two allowed pages are checked");
            assertTrue(report.messages().stream().anyMatch(m -> m.contains("robots.txt forbids 2 pages")),
                    report.messages().toString());
        }
    }
}
