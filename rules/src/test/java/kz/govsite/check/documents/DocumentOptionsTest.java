package kz.govsite.check.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import kz.govsite.GovsiteConfig;
import kz.govsite.InvalidConfigException;
import org.junit.jupiter.api.Test;

/** The family's own options: defaults, sizes in MB and KB, and a bad value naming its parameter. */
class DocumentOptionsTest {
    @Test
    void defaultsAndValues() {
        assertEquals(new DocumentOptions(200, 20L * 1024 * 1024, 200, Duration.ofSeconds(20)), DocumentOptions.parse(Map.of()));
        assertEquals(new DocumentOptions(0, 512 * 1024, 10, Duration.ofSeconds(5)), DocumentOptions.parse(Map.of(
                "govsite.maxDocuments", "0", "govsite.documents.maxBytes", "512KB",
                "govsite.documents.maxPages", "10", "govsite.documents.timeout", "5")));
        assertEquals(1_000_000, DocumentOptions.parse(Map.of("govsite.documents.maxBytes", "1000000")).maxBytes());
    }

    @Test
    void aBadValueStopsTheConfigurationNamingItsParameter() {
        var e = assertThrows(InvalidConfigException.class, () -> GovsiteConfig.builder().startUrl("https://www.gov.kz/ru/")
                .option("govsite.documents.maxBytes", "lots").build());
        assertEquals("govsite.documents.maxBytes: 'lots' is not a size such as 20MB, 512KB or 1000000", e.getMessage());
        var pages = assertThrows(InvalidConfigException.class, () -> DocumentOptions.parse(Map.of("govsite.documents.maxPages", "0")));
        assertEquals("govsite.documents.maxPages: must be at least 1, was 0", pages.getMessage());
        var docs = assertThrows(InvalidConfigException.class, () -> DocumentOptions.parse(Map.of("govsite.maxDocuments", "many")));
        assertEquals("govsite.maxDocuments: 'many' is not a whole number", docs.getMessage());
    }

    @Test
    void theEffectiveLimitsAreInTheReportsConfiguration() {
        var config = GovsiteConfig.builder().startUrl("https://www.gov.kz/ru/").option("govsite.maxDocuments", "50").build();
        assertEquals(Map.of("maxDocuments", 50, "maxBytes", 20L * 1024 * 1024, "maxPages", 200, "timeoutSeconds", 20L),
                config.describe().get("documents"));
    }
}
