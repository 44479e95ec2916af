package kz.govsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;
import kz.govsite.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class GovsiteConfigTest {
    @Test
    void needsSomethingToCheck() {
        var e = assertThrows(InvalidConfigException.class, () -> GovsiteConfig.builder().build());
        assertEquals("govsite.url", e.parameter());
    }

    @Test
    void refusesUrlsThatAreNotHttp() {
        var e = assertThrows(InvalidConfigException.class,
                () -> GovsiteConfig.builder().startUrl("ftp://example.gov.kz/").build());
        assertEquals("govsite.url: 'ftp://example.gov.kz/' is not an http(s) URL with a host, "
                + "e.g. https://www.example.gov.kz/ru/", e.getMessage());
    }

    @Test
    void acceptsKazakhDomainNames() {
        var config = GovsiteConfig.builder().startUrl("http://президент.қаз/kk/").build();
        assertEquals(List.of("http://президент.қаз/kk/"), config.startUrls());
    }

    @Test
    void namesAnUnknownCheckAndTheKnownOnes() {
        var e = assertThrows(InvalidConfigException.class,
                () -> GovsiteConfig.builder().startUrl("https://e.kz/").checks(Set.of("spelling")).build());
        assertEquals("govsite.checks", e.parameter());
        assertEquals(true, e.getMessage().startsWith("govsite.checks: unknown check 'spelling': known checks are axe"));
    }

    @Test
    void readsThresholds() {
        assertEquals(Optional.empty(), GovsiteConfig.builder().startUrl("https://e.kz/").failOn("none").build().failOn());
        assertEquals(Optional.of(Severity.MODERATE),
                GovsiteConfig.builder().startUrl("https://e.kz/").failOn(" Moderate ").build().failOn());
        var e = assertThrows(InvalidConfigException.class, () -> GovsiteConfig.builder().failOn("high"));
        assertEquals("govsite.failOn: 'high' is not a severity: use critical, serious, moderate, minor or none",
                e.getMessage());
    }

    @Test
    void namesAMalformedStartUrl() {
        var spaces = assertThrows(InvalidConfigException.class,
                () -> GovsiteConfig.builder().startUrl("https://www.gov kz/ru/").build());
        assertEquals("govsite.url: 'https://www.gov kz/ru/' is not a URL", spaces.getMessage());
        var noScheme = assertThrows(InvalidConfigException.class,
                () -> GovsiteConfig.builder().startUrl("www.gov.kz/ru/").build());
        assertEquals("govsite.url: 'www.gov.kz/ru/' is not an http(s) URL with a host, e.g. https://www.example.gov.kz/ru/",
                noScheme.getMessage());
    }

    @Test
    void refusesCrawlBoundsThatCannotWork() {
        var depth = assertThrows(InvalidConfigException.class, () -> GovsiteConfig.builder().startUrl("https://e.kz/")
                .crawl(new CrawlOptions(10, -2, java.util.List.of(), java.util.List.of(), Set.of(), 5)).build());
        assertEquals("govsite.maxDepth: must be -1 (no limit) or more, was -2", depth.getMessage());
        var rate = assertThrows(InvalidConfigException.class, () -> GovsiteConfig.builder().startUrl("https://e.kz/")
                .crawl(new CrawlOptions(10, -1, java.util.List.of(), java.util.List.of(), Set.of(), Double.NaN)).build());
        assertEquals("govsite.maxRequestsPerSecond: must be 0 (no limit) or a positive number, was NaN", rate.getMessage());
        var pages = assertThrows(InvalidConfigException.class, () -> GovsiteConfig.builder().startUrl("https://e.kz/")
                .crawl(CrawlOptions.defaults().withMaxPages(0)).build());
        assertEquals("govsite.maxPages: must be at least 1, was 0", pages.getMessage());
    }

    @Test
    void aSitemapFileMustBeReadableBeforeTheRunStarts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var missing = dir.resolve("sitemap.xml");
        var e = assertThrows(InvalidConfigException.class,
                () -> GovsiteConfig.builder().sitemap(missing.toString()).build());
        assertEquals("govsite.sitemap: cannot read the file '" + missing
                + "': give a readable sitemap file or an http(s) URL of one", e.getMessage());
        var folder = assertThrows(InvalidConfigException.class,
                () -> GovsiteConfig.builder().sitemap(dir.toUri().toString()).build());
        assertEquals("govsite.sitemap", folder.parameter(), "a folder is no sitemap");
        assertEquals("https://e.kz/sitemap.xml",
                GovsiteConfig.builder().sitemap("https://e.kz/sitemap.xml").build().sitemap(), "a URL is read later");
    }

    @Test
    void sharedSettingsNeedNoTargetAndEachSiteBringsOneThatIsValidated() {
        var shared = GovsiteConfig.builder().checks(Set.of("axe")).buildShared();
        assertEquals(List.of(), shared.startUrls());
        assertEquals(null, shared.sitemap());
        assertEquals(null, shared.siteDirectory());
        var pages = assertThrows(InvalidConfigException.class, () -> GovsiteConfig.builder()
                .crawl(CrawlOptions.defaults().withMaxPages(0)).buildShared());
        assertEquals("govsite.maxPages: must be at least 1, was 0", pages.getMessage(),
                "the settings are validated without a target too");

        var site = GovsiteConfig.builder().checks(shared.checks())
                .target(new RunTarget(List.of(" https://edu.gov.kz/ru/ ", ""), null, null)).build();
        assertEquals(List.of("https://edu.gov.kz/ru/"), site.startUrls());
        var none = assertThrows(InvalidConfigException.class,
                () -> GovsiteConfig.builder().target(new RunTarget(List.of(), null, null)).build());
        assertEquals("govsite.url: nothing to check: give start URLs (govsite.url), a sitemap (govsite.sitemap) "
                + "or a folder (govsite.siteDirectory)", none.getMessage());
        var ftp = assertThrows(InvalidConfigException.class,
                () -> new RunTarget(List.of("ftp://edu.gov.kz/"), null, null).validate());
        assertEquals("govsite.url", ftp.parameter());
    }

    @Test
    void picturesAreTakenOnlyForAReportHtml() {
        var withHtml = GovsiteConfig.builder().report(ReportOptions.defaults(java.nio.file.Path.of("out"))).buildShared();
        assertEquals(kz.govsite.pictures.PictureOptions.defaults(), withHtml.pictures());
        var ciOnly = GovsiteConfig.builder().report(ReportOptions.defaults(java.nio.file.Path.of("out"))
                .withFormats(Set.of("json", "junit", "sarif"))).buildShared();
        assertEquals(kz.govsite.pictures.PictureOptions.none(), ciOnly.pictures());
        assertEquals(java.util.Map.of("enabled", false, "max", 0), ciOnly.describe().get("pictures"));
        var noScreenshots = GovsiteConfig.builder().report(ReportOptions.defaults(java.nio.file.Path.of("out")))
                .option("govsite.screenshots", "false").buildShared();
        assertEquals(kz.govsite.pictures.PictureOptions.none(), noScreenshots.pictures());
    }
}
