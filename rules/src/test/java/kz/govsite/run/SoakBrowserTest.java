package kz.govsite.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kz.govsite.check.axe.AxeOptions;
import kz.govsite.BrowserOptions;
import kz.govsite.CrawlOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.MisbehavingServer;
import kz.govsite.testing.SoakSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 300-page site checked with two browsers while it fails 5% of its pages, answers slowly and
 * kills a browser: the run completes, every page is checked or reported with its error, and the
 * healthy pages have exactly the findings a run over the well-behaved site gives them.
 */
@Tag("soak")
@Tag("browser")
class SoakBrowserTest {
    @TempDir
    Path out;

    @Test
    void aLongRunOverAFaultySiteLosesNothing() throws Exception {
        Browsers.requireChromium();
        try (var server = MisbehavingServer.start()) {
            var site = new SoakSite(server);
            long cleanStart = System.nanoTime();
            Report clean = run(server, out.resolve("clean"));
            long cleanMs = (System.nanoTime() - cleanStart) / 1_000_000;

            site.misbehave(true);
            long soakStart = System.nanoTime();
            Report soak = run(server, out.resolve("soak"));
            long soakMs = (System.nanoTime() - soakStart) / 1_000_000;
            System.out.printf("soak: %d pages, clean run %d ms, faulty run %d ms, %d failing pages, %d slow answers, "
                            + "%d pages throttled, %d browser killed, %d findings%n", SoakSite.PAGES + 1, cleanMs, soakMs,
                    SoakSite.failingPages().size(), site.slowAnswers(), site.throttledPages(), site.browsersKilled(),
                    soak.findings().size());

            assertTrue(clean.complete() && soak.complete());
            assertEquals(1, site.browsersKilled(), "one browser was killed under the run");
            assertTrue(site.slowAnswers() >= SoakSite.PAGES / 10, site.slowAnswers() + " slow answers");
            assertEquals(SoakSite.PAGES + 1, clean.pages().size());
            assertTrue(clean.pages().stream().allMatch(PageResult::isPage), "the well-behaved site is checked whole");

            Set<String> failing = SoakSite.failingPages().stream().map(site::url).collect(Collectors.toSet());
            assertEquals(SoakSite.PAGES / 20, failing.size(), "5% of the pages fail");
            for (int i = 1; i <= SoakSite.PAGES; i++) {
                String url = site.url(i);
                PageResult page = soak.pages().stream().filter(p -> p.url().equals(url)).findFirst()
                        .orElseThrow(() -> new AssertionError(url + " is missing from the report"));
                if (failing.contains(url)) {
                    assertEquals("error", page.kind(), url);
                    assertTrue(soak.findings().stream().anyMatch(f -> f.url().equals(url) && f.check().startsWith("site.")),
                            url + " is reported with its error");
                } else {
                    assertEquals("page", page.kind(), url + ": " + page.error());
                }
            }
            assertEquals(healthyFindings(clean, failing), healthyFindings(soak, failing),
                    "the healthy pages are judged as in a clean run");
            assertFalse(healthyFindings(clean, failing).isEmpty());
            assertEquals(List.of(), soak.findings().stream().filter(f -> f.check().startsWith("site.")
                    && !failing.contains(f.url())).toList(), "no error is blamed on a healthy page");
        }
    }

    private static Report run(MisbehavingServer server, Path reports) throws Exception {
        var config = GovsiteConfig.builder()
                .startUrl(server.url("/"))
                .checks(Set.of("axe"))
                .options(new AxeOptions(List.of("wcag2a"), List.of(), List.of(), List.of()))
                .crawl(CrawlOptions.defaults())
                .browser(new BrowserOptions(null, null, null, 1024, 768, Duration.ofSeconds(10), 2, List.of()))
                .report(new ReportOptions(reports, Set.of("json"), "ru"))
                .failOn("none")
                .build();
        return SiteCheck.run(config, Progress.SILENT);
    }

    /** check, page and element of every finding on a page that did not fail. */
    private static Set<String> healthyFindings(Report report, Set<String> failing) {
        return report.findings().stream().filter(f -> !failing.contains(f.url()))
                .map(SoakBrowserTest::key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String key(Finding f) {
        return f.check() + " " + f.url() + " " + f.selector() + " " + f.snippet();
    }
}
