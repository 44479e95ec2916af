package kz.govsite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import kz.govsite.InvalidConfigException;
import kz.govsite.audit.ScoreKind;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditMojoTest {
    @TempDir
    Path dir;

    private AuditMojo mojo() throws Exception {
        var mojo = new AuditMojo();
        Path registry = dir.resolve("agencies.yaml");
        Files.writeString(registry, "sites:\n  - {id: a, urls: 'https://a.gov.kz/'}\n");
        mojo.registry = registry.toFile();
        mojo.siteConcurrency = 3;
        mojo.maxPages = 20;
        mojo.maxDepth = -1;
        mojo.maxRequestsPerSecond = 5;
        mojo.windowSize = "1280x1024";
        mojo.pageTimeout = 30;
        mojo.reportLanguage = "kk";
        mojo.failOn = "serious";
        mojo.checks = List.of("axe");
        mojo.outputDirectory = dir.resolve("out").toFile();
        mojo.lowVisionMinFontPx = 16;
        mojo.lowVisionMinScale = 2.0;
        mojo.lowVisionReflowWidth = 640;
        mojo.screenshots = true;
        return mojo;
    }

    @Test
    void mapsTheAuditParameters() throws Exception {
        var mojo = mojo();
        mojo.auditWeights = "accessibility=3";
        mojo.auditFailBelow = 60.0;
        var settings = mojo.auditSettings(Map.of());
        assertEquals(3, settings.siteConcurrency());
        assertEquals(3.0, settings.weights().of(ScoreKind.ACCESSIBILITY));
        assertEquals(OptionalDouble.of(60), settings.failBelow());
        assertEquals(dir.resolve("out"), settings.outputDirectory());
        assertEquals(dir.resolve("govsite-history"), settings.historyDirectory(), "history lives next to the registry");
        mojo.auditHistory = new File(dir.toFile(), "kept");
        assertEquals(dir.resolve("kept"), mojo.auditSettings(Map.of()).historyDirectory());
    }

    @Test
    void theBaseSettingsAreCheckSettingsWithoutASiteOfTheirOwn() throws Exception {
        var mojo = mojo();
        mojo.urls = List.of("https://ignored.gov.kz/");
        var base = mojo.baseConfig();
        assertEquals(List.of(), base.startUrls(), "each site brings its own target");
        assertEquals(null, base.sitemap());
        assertEquals(null, base.siteDirectory());
        assertEquals(20, base.crawl().maxPages());
        assertEquals("kk", base.report().reportLanguage());
        assertEquals(java.util.Set.of("axe"), base.checks());
    }

    @Test
    void theAuditIsAGuestThatObeysRobotsTxtUnlessToldOtherwise() throws Exception {
        var mojo = mojo();
        mojo.contact = "a11y@ministry.example.kz";
        assertEquals(true, mojo.baseConfig().crawl().obeyRobots());
        assertEquals("a11y@ministry.example.kz", mojo.baseConfig().crawl().contact());
        mojo.robots = false;
        assertEquals(false, mojo.baseConfig().crawl().obeyRobots());
    }

    @Test
    void badAuditValuesNameTheirParameter() throws Exception {
        var mojo = mojo();
        mojo.auditWeights = "speed=2";
        var e = assertThrows(InvalidConfigException.class, () -> mojo.auditSettings(Map.of()));
        assertEquals("govsite.auditWeights", e.parameter());
        var concurrency = mojo();
        concurrency.siteConcurrency = 0;
        assertEquals("govsite.siteConcurrency: must be at least 1, was 0",
                assertThrows(InvalidConfigException.class, () -> concurrency.auditSettings(Map.of())).getMessage());
        var below = mojo();
        below.auditFailBelow = 120.0;
        assertEquals("govsite.auditFailBelow: must be a score from 0 to 100, was 120.0",
                assertThrows(InvalidConfigException.class, () -> below.auditSettings(Map.of())).getMessage());
    }

    @Test
    void aServerIdInTheRegistryTakesItsCredentialsFromSettingsXml() throws Exception {
        var mojo = mojo();
        Files.writeString(mojo.registry.toPath(), "sites:\n  - {id: a, urls: 'https://a.gov.kz/', serverId: a-basic}\n"
                + "  - {id: b, urls: 'https://b.gov.kz/'}\n");
        var registry = new kz.govsite.audit.RegistryReader().read(mojo.registry.toPath());
        var e = assertThrows(InvalidConfigException.class, () -> mojo.credentials(registry));
        assertEquals("govsite.registry: site a: settings.xml has no <server> with id 'a-basic'", e.getMessage());

        var server = new org.apache.maven.settings.Server();
        server.setId("a-basic");
        server.setUsername("inspector");
        server.setPassword("s3cret");
        mojo.settings = new org.apache.maven.settings.Settings();
        mojo.settings.addServer(server);
        var credentials = mojo.credentials(registry);
        assertEquals(Map.of("a-basic", new kz.govsite.audit.SiteCredentials("inspector", "s3cret")), credentials);
    }

    @Test
    void aRegistryMistakeIsABuildErrorNamingTheFile() throws Exception {
        var mojo = mojo();
        Files.writeString(mojo.registry.toPath(), "sites:\n  - {id: a}\n");
        var e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("govsite: govsite.registry: " + mojo.registry + ": site 1 ('a') gives nothing to check: add "
                + "'urls', 'sitemap' or 'siteDirectory'", e.getMessage());
    }
}
