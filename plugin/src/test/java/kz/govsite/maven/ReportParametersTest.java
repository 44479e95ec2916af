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
        assertEquals(true, config.lowVision().required());
        assertEquals("axe.region url~/archive/", config.report().suppressions().get(0).describe());
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
