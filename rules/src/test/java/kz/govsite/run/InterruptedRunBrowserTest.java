package kz.govsite.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.RunInterruptedException;
import kz.govsite.SiteCheck;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.MisbehavingServer;
import kz.govsite.testing.SlowSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose thread is interrupted half-way writes the pages it finished, marked incomplete, and says so by throwing. */
@Tag("browser")
class InterruptedRunBrowserTest {
    @TempDir
    Path out;

    @Test
    void anInterruptedRunWritesAPartialReportAndThrows() throws Exception {
        Browsers.requireChromium();
        try (var server = SlowSite.serve(MisbehavingServer.start(), 400)) {
            var config = GovsiteConfig.builder().startUrl(server.url("/")).checks(Set.of("axe"))
                    .report(new ReportOptions(out, Set.of("console", "json", "html", "junit", "sarif"), "ru"))
                    .failOn("none").build();
            var threePagesDone = new CountDownLatch(4);
            var progress = new Progress() {
                @Override public void info(String message) {
                    if (message.startsWith("[")) threePagesDone.countDown();
                }

                @Override public void warn(String message) { }
            };
            var run = new CompletableFuture<Throwable>();
            Thread runner = new Thread(() -> {
                try {
                    SiteCheck.run(config, progress);
                    run.complete(null);
                } catch (Throwable t) {
                    run.complete(t);
                }
            }, "interrupted-run");
            runner.start();
            assertTrue(threePagesDone.await(3, TimeUnit.MINUTES), "the run got going");
            runner.interrupt();
            Throwable thrown = run.get(2, TimeUnit.MINUTES);

            var stopped = assertInstanceOf(RunInterruptedException.class, thrown);
            assertTrue(stopped.getMessage().startsWith("govsite was stopped; the "), stopped.getMessage());
            Report partial = stopped.partialReport().orElseThrow();
            assertFalse(partial.complete());
            List<PageResult> pages = partial.pages();
            assertTrue(pages.size() >= 4 && pages.size() < SlowSite.PAGES + 1, pages.size() + " pages");
            assertTrue(pages.stream().allMatch(PageResult::isPage), "only finished pages, none cut off half-way: " + pages);
            for (PageResult page : pages) {
                if (page.url().equals(server.url("/"))) continue;
                assertTrue(partial.findings().stream().anyMatch(f -> f.url().equals(page.url())
                        && f.check().equals("axe.image-alt")), page.url() + " keeps its findings");
            }
            assertFalse(partial.findings().stream().anyMatch(f -> f.check().startsWith("site.")),
                    "the stop is not blamed on the site: " + partial.findings());
            String note = partial.messages().get(partial.messages().size() - 1);
            assertEquals("the run was stopped before it finished: " + pages.size() + " pages done, "
                    + (SlowSite.PAGES + 1 - pages.size()) + " not checked; site-wide checks did not run", note);

            JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
            assertFalse(json.get("complete").asBoolean());
            assertEquals(pages.size(), json.get("pages").size());
            for (String file : List.of("report.html", "TEST-govsite.xml", "govsite.sarif")) {
                assertTrue(out.resolve(file).toFile().isFile(), file + " written too");
            }
        }
    }
}
