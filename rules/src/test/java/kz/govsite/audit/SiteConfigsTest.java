package kz.govsite.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import kz.govsite.AccessOptions;
import kz.govsite.check.axe.AxeOptions;
import kz.govsite.InvalidConfigException;
import kz.govsite.BrowserOptions;
import kz.govsite.CrawlOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.ReportOptions;
import kz.govsite.Thresholds;
import kz.govsite.finding.Suppression;
import kz.govsite.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.check.lowvision.LowVisionOptions;

class SiteConfigsTest {
    @TempDir
    Path dir;

    private GovsiteConfig base() {
        return GovsiteConfig.builder()
                .crawl(new CrawlOptions(40, 3, List.of(Pattern.compile("/ru/")), List.of(Pattern.compile("/print/")),
                        Set.of("a.gov.kz"), 2.0))
                .browser(new BrowserOptions(null, null, null, 1024, 768, Duration.ofSeconds(12), 2, List.of()))
                .options(new AxeOptions(List.of("wcag2a"), List.of("region"), List.of(), List.of()))
                .report(new ReportOptions(dir.resolve("base"), Set.of("console"), "kk", null,
                        new Thresholds(Map.of("axe", 3), java.util.OptionalDouble.of(50)),
                        List.of(Suppression.parse("check=axe.region;reason=shared footer, fixed next release"))))
                .access(new AccessOptions(Map.of("X-Audit", "ministry"), Map.of("lang", "ru"), null, null, null))
                .checks(Set.of("axe"))
                .failOn("critical")
                .buildShared();
    }

    private static SiteEntry site(OptionalInt maxPages, List<String> pairing, String toggle) {
        return new SiteEntry("edu", "Білім", "Образование", List.of("https://edu.gov.kz/ru/"), null, null, maxPages,
                pairing, toggle, null);
    }

    @Test
    void everySiteGetsTheBaseSettingsWithItsOwnStartAndFolder() {
        GovsiteConfig base = base();
        GovsiteConfig site = SiteConfigs.forSite(base, site(OptionalInt.empty(), List.of(), null), dir.resolve("sites/edu"), Map.of());
        assertEquals(List.of("https://edu.gov.kz/ru/"), site.startUrls());
        assertEquals(dir.resolve("sites/edu"), site.report().outputDirectory());
        assertTrue(site.report().formats().containsAll(Set.of("console", "json")), "json is always written");
        assertEquals(Optional.of(Severity.CRITICAL), site.failOn());
        // Whatever the base says about how to check, the site says the same: compare the full descriptions.
        var expected = new TreeMap<>(base.describe());
        var actual = new TreeMap<>(site.describe());
        // Every site writes report.html, which the audit links to, so it gets pictures where the base may not.
        for (String siteOwn : List.of("startUrls", "sitemap", "siteDirectory", "formats", "pictures")) {
            expected.remove(siteOwn);
            actual.remove(siteOwn);
        }
        assertEquals(expected, actual);
        assertEquals(kz.govsite.pictures.PictureOptions.none(), base.pictures(), "the base writes the console only");
        assertEquals(kz.govsite.pictures.PictureOptions.defaults(), site.pictures());
        assertEquals(LowVisionOptions.of(base.options()), LowVisionOptions.of(site.options()));
        assertEquals(LanguageOptions.of(base.options()), LanguageOptions.of(site.options()));
        assertEquals("kk", site.report().reportLanguage());
    }

    @Test
    void theRegistryOverridesThePageBudgetPairingAndToggle() {
        GovsiteConfig site = SiteConfigs.forSite(base(), site(OptionalInt.of(7), List.of("/ru/ <-> /kk/"), ".bvi-open"),
                dir.resolve("sites/edu"), Map.of());
        assertEquals(7, site.crawl().maxPages());
        assertEquals(3, site.crawl().maxDepth());
        assertEquals(List.of("/ru/ <-> /kk/"), LanguageOptions.of(site.options()).pairing());
        assertEquals(".bvi-open", LowVisionOptions.of(site.options()).toggleSelector());
        assertEquals(LowVisionOptions.of(base().options()).minFontPx(), LowVisionOptions.of(site.options()).minFontPx());
    }

    @Test
    void aSiteWithAServerIdGetsItsCredentialsAndKeepsTheBaseHeaders() {
        var base = GovsiteConfig.builder()
                .access(new AccessOptions(Map.of("X-Audit", "ministry"), Map.of(), null, null, null)).buildShared();
        var entry = new SiteEntry("closed", "", "", List.of("https://closed.gov.kz/"), null, null, OptionalInt.empty(),
                List.of(), null, "closed-basic");
        var site = SiteConfigs.forSite(base, entry, dir.resolve("sites/closed"),
                Map.of("closed-basic", new SiteCredentials("inspector", "s3cret")));
        assertEquals("inspector", site.access().username());
        assertEquals("s3cret", site.access().password());
        assertEquals(Map.of("X-Audit", "ministry"), site.access().headers());
        assertTrue(site.access().basicAuth());
        assertFalse(site.describe().toString().contains("s3cret"), "the password is masked in report.json's config");

        var e = assertThrows(InvalidConfigException.class, () -> SiteConfigs.forSite(base, entry, dir, Map.of()));
        assertEquals("govsite.registry: site closed: no credentials for serverId 'closed-basic' (a <server> with that "
                + "id in settings.xml)", e.getMessage());
        assertEquals("SiteCredentials[username=inspector, password=****]",
                new SiteCredentials("inspector", "s3cret").toString());
    }

    @Test
    void aFolderSiteIsServedAndAPlaceholderStartIsNotKept() {
        var entry = new SiteEntry("local", "", "", List.of(), null, dir, OptionalInt.empty(), List.of(), null, null);
        GovsiteConfig site = SiteConfigs.forSite(base(), entry, dir.resolve("sites/local"), Map.of());
        assertEquals(List.of(), site.startUrls());
        assertEquals(dir, site.siteDirectory());
        assertNull(site.sitemap());
    }
}
