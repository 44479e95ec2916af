package kz.govsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;
import kz.govsite.finding.Severity;
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
}
