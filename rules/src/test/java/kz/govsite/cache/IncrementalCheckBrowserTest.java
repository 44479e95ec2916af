package kz.govsite.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kz.govsite.BrowserOptions;
import kz.govsite.CrawlOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reruns over a site that changes between runs, with the cache on. */
@Tag("browser")
class IncrementalCheckBrowserTest {
    private static final List<String> PAGES = List.of("http://site.test/", "http://site.test/kk/about.html",
            "http://site.test/ru/about.html", "http://site.test/ru/news.html");

    @TempDir
    Path work;

    @Test
    void aRerunOfAnUnchangedSiteChecksNothingAndReportsTheSameFindings() throws Exception {
        Browsers.requireChromium();
        Path site = copyOfFixture();
        Report first = run(site, "first");
        assertEquals(PAGES, pages(first));
        assertEquals(List.of(), cachedPages(first), "an empty cache reuses nothing");
        assertTrue(first.findings().stream().anyMatch(f -> f.check().equals("axe.image-alt")
                && f.url().equals("http://site.test/ru/news.html")), "the planted image-alt is found");

        Report second = run(site, "second");
        assertEquals(PAGES, cachedPages(second), "every page is unchanged, so every page comes from the cache");
        assertEquals(first.findings(), second.findings());
        assertTrue(second.pages().stream().allMatch(p -> p.checkMs() == 0), "a cached page spends no time in checks");
        assertTrue(Files.readString(second.files().get("json")).contains("\"cached\" : true"));
    }

    @Test
    void touchingOnePageRechecksThatPageOnly() throws Exception {
        Browsers.requireChromium();
        Path site = copyOfFixture();
        run(site, "first");
        Path about = site.resolve("ru/about.html");
        Files.writeString(about, Files.readString(about).replace("в своей сфере", "в своей сфере и отрасли"));

        Report second = run(site, "second");
        assertEquals(List.of("http://site.test/ru/about.html"), checkedPages(second));
    }

    @Test
    void changingASharedStylesheetRechecksThePagesThatLinkIt() throws Exception {
        Browsers.requireChromium();
        Path site = copyOfFixture();
        run(site, "first");
        Files.writeString(site.resolve("css/site.css"), "body { color: #999; }\n", java.nio.file.StandardOpenOption.APPEND);

        Report second = run(site, "second");
        assertEquals(List.of("http://site.test/", "http://site.test/ru/about.html", "http://site.test/ru/news.html"),
                checkedPages(second));
        assertEquals(List.of("http://site.test/kk/about.html"), cachedPages(second), "the kk page links no stylesheet");
    }

    @Test
    void anotherConfigurationChecksEveryPageAgain() throws Exception {
        Browsers.requireChromium();
        Path site = copyOfFixture();
        run(site, "first");
        var config = config(site, "second").options(new kz.govsite.check.axe.AxeOptions(List.of("wcag2a"), List.of(), List.of(), List.of()))
                .build();
        Report second = SiteCheck.run(config, Progress.SILENT);
        assertEquals(PAGES, checkedPages(second));
    }

    private Report run(Path site, String name) throws Exception {
        return SiteCheck.run(config(site, name).build(), Progress.SILENT);
    }

    private GovsiteConfig.Builder config(Path site, String name) {
        return GovsiteConfig.builder()
                .siteDirectory(site)
                .checks(Set.of("axe"))
                // One session: the cache, not the parallelism, is under test here.
                .browser(BrowserOptions.defaults().withConcurrency(1))
                .crawl(CrawlOptions.defaults().withCache(work.resolve("cache")))
                .report(new ReportOptions(work.resolve(name), Set.of("json"), "ru"));
    }

    private Path copyOfFixture() throws IOException {
        Path from = Fixtures.site("incremental");
        Path to = work.resolve("site");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    private static List<String> pages(Report report) {
        return report.pages().stream().filter(PageResult::isPage).map(PageResult::url).toList();
    }

    private static List<String> cachedPages(Report report) {
        return report.pages().stream().filter(p -> Boolean.TRUE.equals(p.data().get("cached"))).map(PageResult::url).toList();
    }

    private static List<String> checkedPages(Report report) {
        var checked = report.pages().stream().filter(PageResult::isPage)
                .filter(p -> !Boolean.TRUE.equals(p.data().get("cached"))).map(PageResult::url).toList();
        assertFalse(checked.isEmpty() && cachedPages(report).isEmpty(), "the run visited pages");
        return checked;
    }
}
