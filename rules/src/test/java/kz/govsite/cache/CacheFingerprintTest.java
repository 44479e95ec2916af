package kz.govsite.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kz.govsite.check.axe.AxeOptions;
import kz.govsite.BrowserOptions;
import kz.govsite.CrawlOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.ReportOptions;
import org.junit.jupiter.api.Test;

class CacheFingerprintTest {
    private static GovsiteConfig.Builder base() {
        return GovsiteConfig.builder().startUrl("https://www.example.gov.kz/ru/").checks(Set.of("axe"));
    }

    @Test
    void settingsThatDoNotChangeFindingsKeepTheFingerprint() {
        String fp = CacheFingerprint.of(base().build(), "1.0");
        assertEquals(fp, CacheFingerprint.of(base().browser(BrowserOptions.defaults().withConcurrency(7))
                .crawl(CrawlOptions.defaults().withMaxPages(9).withCache(Path.of("elsewhere")))
                .report(ReportOptions.defaults(Path.of("out"))).failOn("none").build(), "1.0"));
    }

    @Test
    void rulesChecksAndEngineVersionChangeIt() {
        String fp = CacheFingerprint.of(base().build(), "1.0");
        assertNotEquals(fp, CacheFingerprint.of(base().build(), "1.1"));
        assertNotEquals(fp, CacheFingerprint.of(base().options(new AxeOptions(List.of("wcag2a"), List.of(), List.of(),
                List.of())).build(), "1.0"));
        assertNotEquals(fp, CacheFingerprint.of(base().options(new AxeOptions(AxeOptions.DEFAULT_TAGS,
                List.of("region"), List.of(), List.of())).build(), "1.0"));
        assertNotEquals(fp, CacheFingerprint.of(base().checks(Set.of()).build(), "1.0"));
        assertNotEquals(fp, CacheFingerprint.of(base().browser(new BrowserOptions(null, null, null, 320, 800,
                java.time.Duration.ofSeconds(30), 0, List.of())).build(), "1.0"));
    }

    @Test
    void hashesTheBundledAxeScript() {
        assertEquals(64, CacheFingerprint.axeScriptSha256().length());
    }
}
