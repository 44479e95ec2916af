package kz.govsite.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import kz.govsite.BrowserOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.ReportOptions;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import kz.govsite.testing.GridServer;
import kz.govsite.testing.RecordingProgress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An audit over a real Selenium Grid splits its slots among sites and checks several sites at once. */
@Tag("browser")
@Tag("grid")
@Tag("soak")
class GridAuditBrowserTest {
    @TempDir
    Path dir;

    @Test
    void fourSitesOnFourSlotsRunTwoAtATimeWithTwoSessionsEach() throws Exception {
        Browsers.requireChromium();
        Path registry = Files.writeString(dir.resolve("agencies.yaml"), """
                sites:
                  - { id: basic, name: Министерство тестов, siteDirectory: "%s" }
                  - { id: clean, name: Образцовое агентство, siteDirectory: "%s" }
                  - { id: incremental, name: Комитет, siteDirectory: "%s" }
                  - { id: bvi, name: Агентство, siteDirectory: "%s" }
                """.formatted(Fixtures.site("basic"), Fixtures.site("audit-clean"), Fixtures.site("incremental"),
                Fixtures.site("lowvision-bvi")));
        try (var grid = GridServer.start(dir, 4)) {
            GovsiteConfig base = GovsiteConfig.builder()
                    .checks(Set.of("axe"))
                    .browser(BrowserOptions.defaults().withGridUrl(grid.url()))
                    .report(new ReportOptions(dir.resolve("unused"), Set.of("json"), "ru"))
                    .buildShared();
            var capture = new RecordingProgress();
            var result = Audit.run(new RegistryReader().read(registry), base,
                    new AuditSettings(dir.resolve("out"), null, 1, ScoreWeights.equal(), OptionalDouble.empty(), false),
                    capture);

            assertTrue(capture.lines().contains("Selenium Grid " + grid.url() + ": 4 free Chrome slots, so 2 sites at a time with 2 "
                    + "sessions each"), capture.lines().toString());
            List<Report> reports = result.ranking().stream().map(s -> s.result().report()).toList();
            assertEquals(4, reports.size());
            for (Report r : reports) {
                assertEquals(2, r.config().get("concurrency"), "sessions of each site");
                assertTrue(r.summary().pages() > 0, "checked through the Grid");
            }
            assertTrue(overlapping(reports) >= 1, "sites ran at the same time");
        }
    }

    /** Pairs of sites whose checks ran at the same time. */
    private static int overlapping(List<Report> reports) {
        int pairs = 0;
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Instant aStart = reports.get(i).startedAt();
                Instant aEnd = aStart.plus(Duration.ofMillis(reports.get(i).durationMs()));
                Instant bStart = reports.get(j).startedAt();
                Instant bEnd = bStart.plus(Duration.ofMillis(reports.get(j).durationMs()));
                if (aStart.isBefore(bEnd) && bStart.isBefore(aEnd)) pairs++;
            }
        }
        return pairs;
    }
}
