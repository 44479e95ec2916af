package kz.govsite.check.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.finding.Finding;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state enterprise's site in Russian only (no switcher, no Kazakh page anywhere) whose shared
 * template links to «kontakty.html» relative to each folder, where no such page exists.
 */
@Tag("browser")
class RussianOnlySiteBrowserTest {
    private static final String SITE = "http://site.test/";
    private static final List<String> PAGES = List.of(SITE, SITE + "novosti/", SITE + "o-predpriyatii/", SITE + "uslugi/");

    @TempDir
    static Path out;
    static Report report;

    @BeforeAll
    static void checkTheSite() throws Exception {
        Browsers.requireChromium();
        var config = GovsiteConfig.builder()
                .siteDirectory(Fixtures.site("ru-only"))
                .checks(Set.of("parity"))
                .report(ReportOptions.defaults(out))
                .build();
        report = SiteCheck.run(config, Progress.SILENT);
    }

    @Test
    void everyPageLacksItsKazakhVersionAndTheSiteVerdictSaysThereIsNone() {
        var missing = report.findings().stream().filter(f -> f.check().equals("parity.missing-counterpart")).toList();
        assertEquals(PAGES, missing.stream().map(Finding::url).sorted().toList());
        assertEquals("no kk version: the site has no kk page at all (nothing by hreflang, switcher or mapping, and no kk"
                + " page names this page as its twin)", missing.get(0).message());
        var parity = (Map<?, ?>) report.summary().extra().get("parity");
        assertEquals("the site has no kk page at all: none of its 4 ru pages has a twin", parity.get("verdict"));
        assertEquals(0.0, parity.get("share"));
    }

    @Test
    void theTemplatesBrokenLinkIsOneFindingWithTheLinkingPagesCounted() {
        var errors = report.findings().stream().filter(f -> f.check().equals("site.http-error"))
                .sorted(java.util.Comparator.comparing(Finding::url)).toList();
        assertEquals(List.of(SITE + "files/old-price.html", SITE + "kontakty.html"), errors.stream().map(Finding::url).toList());
        assertEquals("the page answers HTTP 404; linked from 4 pages: " + String.join(", ", PAGES),
                errors.get(0).message());
        assertEquals("the link «kontakty.html», the same on pages in 4 folders, answers HTTP 404 at each of its 4"
                + " addresses (" + SITE + "kontakty.html, " + SITE + "novosti/kontakty.html, " + SITE
                + "o-predpriyatii/kontakty.html, " + SITE + "uslugi/kontakty.html); linked from 4 pages: "
                + String.join(", ", PAGES), errors.get(1).message());
        assertEquals("4", errors.get(1).evidence().get("linkedFrom"));
    }
}
