package kz.govsite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;
import kz.govsite.check.documents.DocumentOptions;
import kz.govsite.check.lowvision.LowVisionOptions;

class ReportParametersTest {
    private static CheckMojo mojo() {
        var mojo = Mojos.check("https://www.example.gov.kz/ru/");
        mojo.reportLanguage = "kk";
        return mojo;
    }

    @Test
    void defaultFormatsAndLimitsAndSuppressions() throws Exception {
        var mojo = mojo();
        mojo.maxFindings = Map.of("axe", "3");
        mojo.minParityShare = 95.0;
        mojo.lowVisionRequired = true;
        mojo.suppressions = List.of("check=axe.region;url=/archive/;reason=old pages");
        var config = mojo.toConfig();
        assertEquals(Set.of("console", "json", "html", "junit"), config.report().formats());
        assertEquals("kk", config.report().reportLanguage());
        assertEquals(Map.of("axe", 3), config.report().thresholds().maxFindings());
        assertEquals(95.0, config.report().thresholds().minParityShare().getAsDouble());
        assertEquals(true, LowVisionOptions.of(config.options()).required());
        assertEquals("axe.region url~/archive/", config.report().suppressions().get(0).describe());
    }

    @Test
    void theDocumentsLimitsReachTheirFamilyAndABadOneIsNamed() throws Exception {
        var mojo = mojo();
        mojo.maxDocuments = "50";
        mojo.documentsMaxBytes = "5MB";
        mojo.documentsMaxPages = "30";
        mojo.documentsTimeout = "10";
        var config = mojo.toConfig();
        assertEquals(new DocumentOptions(50, 5L * 1024 * 1024, 30, java.time.Duration.ofSeconds(10)),
                DocumentOptions.parse(config.options()));
        assertEquals(Map.of("maxDocuments", 50, "maxBytes", 5L * 1024 * 1024, "maxPages", 30, "timeoutSeconds", 10L),
                config.describe().get("documents"));

        mojo.documentsMaxBytes = "huge";
        var e = assertThrows(MojoExecutionException.class, mojo::toConfig);
        assertEquals("govsite: govsite.documents.maxBytes: 'huge' is not a size such as 20MB, 512KB or 1000000", e.getMessage());
    }

    @Test
    void thePicturesOptionsReachTheReportAndABadOneIsNamed() throws Exception {
        var mojo = mojo();
        mojo.screenshots = true;
        mojo.picturesMax = "5";
        assertEquals(Map.of("enabled", true, "max", 5), mojo.toConfig().describe().get("pictures"));
        mojo.pictures = "false";
        assertEquals(Map.of("enabled", false, "max", 5), mojo.toConfig().describe().get("pictures"));

        mojo.picturesMax = "many";
        var e = assertThrows(MojoExecutionException.class, mojo::toConfig);
        assertEquals("govsite: govsite.pictures.max: 'many' is not a whole number", e.getMessage());
    }

    @Test
    void credentialsComeFromTheSettingsServerAndHeadersAndCookiesFromTheirLists() throws Exception {
        var mojo = mojo();
        var server = new Server();
        server.setId("ministry-staging");
        server.setUsername("inspector");
        server.setPassword("pa55");
        mojo.settings = new Settings();
        mojo.settings.addServer(server);
        mojo.serverId = "ministry-staging";
        mojo.headers = List.of("X-Api-Key: k-1");
        mojo.cookies = List.of("consent=yes");
        var access = mojo.toConfig().access();
        assertEquals("inspector", access.username());
        assertEquals("pa55", access.password());
        assertEquals(Map.of("X-Api-Key", "k-1"), access.headers());
        assertEquals(Map.of("consent", "yes"), access.cookies());

        mojo.serverId = "nope";
        var e = assertThrows(MojoExecutionException.class, mojo::toConfig);
        assertEquals("govsite: govsite.serverId: settings.xml has no <server> with id 'nope'", e.getMessage());
    }

    @Test
    void aBadSuppressionNamesItsParameter() {
        var mojo = mojo();
        mojo.suppressions = List.of("url=/x/");
        var e = assertThrows(MojoExecutionException.class, mojo::toConfig);
        assertEquals("govsite: govsite.suppressions: 'url=/x/' names no check: e.g. check=axe.region;url=/archive/",
                e.getMessage());
    }
}
