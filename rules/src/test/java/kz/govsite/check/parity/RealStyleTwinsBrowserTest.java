package kz.govsite.check.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A committee's CMS site (plain div menus, no landmarks) whose twins agree but are written
 * differently: the Russian "about" page links to the old /kz/ scheme, so its guessed twin answers
 * 404 while the real Kazakh page (/kk/baspasoz/…) names it from its switcher; the services pages set
 * their openers in h3 on one side and in p on the other, times as 9:00 and 9.00, a date range's
 * month once and twice; «1 қазандық» is a boiler, not October.
 */
@Tag("browser")
class RealStyleTwinsBrowserTest {
    private static final String SITE = "http://site.test/";

    @TempDir
    static Path out;
    static Report report;

    @BeforeAll
    static void checkTheSite() throws Exception {
        Browsers.requireChromium();
        var config = GovsiteConfig.builder()
                .siteDirectory(Fixtures.site("parity-real"))
                .checks(Set.of("parity"))
                .report(ReportOptions.defaults(out))
                .build();
        report = SiteCheck.run(config, Progress.SILENT);
    }

    @Test
    void twinsThatAgreeInContentGiveNoParityFinding() {
        assertEquals(List.of(), report.findings().stream().filter(f -> f.family().equals("parity"))
                .map(f -> f.check() + " " + f.url() + " " + f.message()).toList());
        var parity = (Map<?, ?>) report.summary().extra().get("parity");
        assertEquals(3, parity.get("pairsFound"));
        assertEquals(0, parity.get("missingCounterparts"));
        assertEquals(100.0, parity.get("share"));
    }

    @Test
    void theGuessedTwinWasTriedAndTheRealOneWon() {
        var guessed = report.pages().stream().filter(p -> p.url().equals(SITE + "kz/press/about.html")).findFirst()
                .orElseThrow(() -> new AssertionError("the /kz/ guess was not visited"));
        assertEquals(404, guessed.status());
        var parity = (Map<?, ?>) report.summary().extra().get("parity");
        assertTrue(((List<?>) parity.get("pairs")).contains(Map.of("page", SITE + "ru/press/about.html",
                "twin", SITE + "kk/baspasoz/turaly.html", "status", "complete", "shares", Map.of("ru", 100, "kk", 100))),
                String.valueOf(parity.get("pairs")));
    }
}
