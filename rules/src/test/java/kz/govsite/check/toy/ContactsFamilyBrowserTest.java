package kz.govsite.check.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.audit.ScoreCard;
import kz.govsite.audit.ScoreKind;
import kz.govsite.audit.ScoreWeights;
import kz.govsite.check.Families;
import kz.govsite.check.axe.AxeFamily;
import kz.govsite.finding.Finding;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A family added from this folder alone, registered with one line, runs like the built-in ones: its
 * check sees the crawled site, its summary lands in report.json and its section in report.html.
 */
@Tag("browser")
class ContactsFamilyBrowserTest {
    @TempDir
    static Path site;
    @TempDir
    static Path out;
    static Report report;

    @BeforeAll
    static void checkATinyAkimatSite() throws Exception {
        Browsers.requireChromium();
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Акимат города Астаны</title></head>
                <body><div class="header"><div class="top-menu"><a href="/kk.html">ҚАЗ</a> <a href="/">РУС</a></div></div>
                <div class="workarea"><div class="news-detail"><p>Приёмная акима: +7 (7172) 55-64-00</p>
                <p>Телефон доверия: <a href="tel:+77172556401">+7 (7172) 55-64-01</a></p></div></div>
                <div class="footer">© Акимат города Астаны</div></body></html>
                """);
        Files.writeString(site.resolve("kk.html"), """
                <!DOCTYPE html><html lang="kz"><head><meta charset="utf-8"><title>Астана қаласының әкімдігі</title></head>
                <body><div class="header"><div class="top-menu"><a href="/kk.html">ҚАЗ</a> <a href="/">РУС</a></div></div>
                <div class="workarea"><p>Әкім қабылдауы: <a href="tel:+77172556400">+7 (7172) 55-64-00</a></p></div></body></html>
                """);
        var config = GovsiteConfig.builder()
                .siteDirectory(site)
                .family(new ContactsFamily())          // the one registration line
                .checks(Set.of(AxeFamily.ID, ContactsFamily.ID))
                .report(ReportOptions.defaults(out))
                .failOn("none")
                .build();
        report = SiteCheck.run(config, Progress.SILENT);
    }

    @Test
    void itsCheckFindsThePhoneNumberThatIsNotALink() {
        List<Finding> findings = report.findings().stream().filter(f -> f.family().equals(ContactsFamily.ID)).toList();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("http://site.test/", findings.get(0).url());
        assertEquals("the phone number +7 (7172) 55-64-00 is text, not a tel: link a phone can call",
                findings.get(0).message());
    }

    @Test
    void itsSummaryLandsInReportJson() throws Exception {
        JsonNode contacts = new ObjectMapper().readTree(out.resolve("report.json").toFile()).path("summary").path("contacts");
        assertEquals(3, contacts.path("phones").asInt(), contacts.toString());
        assertEquals(1, contacts.path("unlinked").asInt(), contacts.toString());
    }

    @Test
    void itCountsInTheAuditsAccessibilityScore() {
        var withoutIt = ScoreCard.of(Families.BUILT_IN, report, ScoreWeights.equal()).get(ScoreKind.ACCESSIBILITY).basis();
        var withIt = ScoreCard.of(Families.with(List.of(new ContactsFamily())), report, ScoreWeights.equal())
                .get(ScoreKind.ACCESSIBILITY).basis();
        assertEquals(withoutIt.get("pages"), withIt.get("pages"), "axe's pages are the pages");
        assertEquals(withoutIt.get("rulesBroken").intValue() + 1, withIt.get("rulesBroken").intValue());
        assertEquals(withoutIt.get("cost").intValue() + 1, withIt.get("cost").intValue(), "one minor finding costs 1");
    }

    @Test
    void itsSectionLandsInReportHtml() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<section aria-labelledby=\"contacts\">\n<h2 id=\"contacts\">Телефоны</h2>"), html);
        assertTrue(html.contains("<li>+7 (7172) 55-64-00 — http://site.test/</li>"), "the number that is text");
        assertTrue(html.contains("<li>+7 (7172) 55-64-00 — http://site.test/kk.html (tel:)</li>"), "the one that is a link");
    }
}
