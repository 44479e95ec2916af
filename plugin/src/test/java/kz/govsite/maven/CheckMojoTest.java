package kz.govsite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Optional;
import kz.govsite.finding.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import kz.govsite.check.lowvision.LowVisionOptions;
import kz.govsite.check.language.LanguageOptions;

class CheckMojoTest {
    private static CheckMojo mojo() {
        var mojo = Mojos.check("https://www.example.gov.kz/ru/, https://www.example.gov.kz/kk/");
        mojo.failOn = "critical";
        return mojo;
    }

    @Test
    void mapsParametersToTheEngineConfiguration() throws Exception {
        var mojo = mojo();
        mojo.checks = List.of("axe");
        mojo.excludes = List.of("/print/");
        var config = mojo.toConfig();
        assertEquals(List.of("https://www.example.gov.kz/ru/", "https://www.example.gov.kz/kk/"), config.startUrls());
        assertEquals(40, config.crawl().maxPages());
        assertEquals("/print/", config.crawl().excludes().get(0).pattern());
        assertEquals(Optional.of(Severity.CRITICAL), config.failOn());
        assertEquals(1280, config.browser().windowWidth());
        assertTrue(config.runs("axe"));
    }

    @Test
    void cachesUnderTheOutputDirectoryUnlessToldOtherwise() throws Exception {
        var mojo = mojo();
        assertEquals(new File("target/govsite-test/cache").toPath(), mojo.toConfig().crawl().cacheDirectory());
        mojo.cache = "none";
        assertEquals(null, mojo.toConfig().crawl().cacheDirectory());
        mojo.cache = "/var/cache/govsite";
        assertEquals(new File("/var/cache/govsite").toPath(), mojo.toConfig().crawl().cacheDirectory());
    }

    @Test
    void checkingOnesOwnSiteReadsNoRobotsTxtUnlessAsked() throws Exception {
        var mojo = Mojos.check("https://www.example.gov.kz/ru/");
        assertEquals(false, mojo.toConfig().crawl().obeyRobots());
        mojo.robots = true;
        assertEquals(true, mojo.toConfig().crawl().obeyRobots());
    }

    @Test
    void runsOneSessionPerCoreUnlessToldOtherwise() throws Exception {
        var mojo = mojo();
        assertEquals(kz.govsite.BrowserOptions.AUTO_CONCURRENCY, mojo.toConfig().browser().concurrency());
        mojo.concurrency = 3;
        assertEquals(3, mojo.toConfig().browser().concurrency());
    }

    @Test
    void aBadValueStopsTheBuildNamingItsParameter() {
        var mojo = mojo();
        mojo.windowSize = "big";
        var e = assertThrows(MojoExecutionException.class, mojo::toConfig);
        assertEquals("govsite: govsite.windowSize: 'big' is not WIDTHxHEIGHT, e.g. 1280x1024", e.getMessage());

        var regex = mojo();
        regex.includes = List.of("/ru/(");
        e = assertThrows(MojoExecutionException.class, regex::toConfig);
        assertTrue(e.getMessage().startsWith("govsite: govsite.includes: '/ru/(' is not a regular expression"),
                e.getMessage());
    }

    @Test
    void withoutAProjectReportsGoUnderTheCurrentFolder() {
        var mojo = mojo();
        mojo.outputDirectory = null;
        assertEquals(new File(new File(System.getProperty("user.dir"), "target"), "govsite"), mojo.outputDirectory());
    }

    @Test
    void mapsTheLowVisionAndLanguageParameters() throws Exception {
        var mojo = mojo();
        mojo.lowVisionToggle = ".bvi-open";
        mojo.lowVisionMinFontPx = 18;
        mojo.screenshots = false;
        mojo.languages = List.of("kk,ru");
        mojo.pairing = List.of("/rus/ <-> /kaz/");
        var config = mojo.toConfig();
        assertEquals(".bvi-open", LowVisionOptions.of(config.options()).toggleSelector());
        assertEquals(18, LowVisionOptions.of(config.options()).minFontPx());
        assertEquals(List.of("color-contrast", "color-contrast-enhanced"), LowVisionOptions.of(config.options()).contrastRules());
        assertEquals(false, LowVisionOptions.of(config.options()).screenshots());
        assertEquals(List.of("kk", "ru"), LanguageOptions.of(config.options()).languages());
        assertEquals(List.of("/rus/ <-> /kaz/"), LanguageOptions.of(config.options()).pairing());
    }

    @Test
    void skipIsHonouredByEveryGoalBeforeAnythingIsRead() throws Exception {
        // With nothing to check, each goal would stop with a build error: skipped, none is reached.
        AbstractGovsiteMojo[] goals = {Mojos.check(), new BaselineMojo(), new AuditMojo()};
        for (AbstractGovsiteMojo goal : goals) {
            goal.skip = true;
            goal.execute();
        }
        var notSkipped = Mojos.check();
        var e = assertThrows(MojoExecutionException.class, notSkipped::execute);
        assertTrue(e.getMessage().startsWith("govsite: govsite.url: nothing to check"), e.getMessage());
    }

    @Test
    void aRunWithoutAProjectKeepsItsFilesWhereMavenWasStarted() {
        var mojo = new BaselineMojo();
        var root = new File(System.getProperty("user.dir"));
        assertEquals(root, mojo.executionRoot());
        assertEquals(new File(root, "govsite-baseline.json"), mojo.baselineFile());
        assertEquals(new File(new File(root, "target"), "govsite"), mojo.outputDirectory());
    }
}
