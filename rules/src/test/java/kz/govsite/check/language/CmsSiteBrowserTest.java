package kz.govsite.check.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.govsite.check.axe.AxeOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import kz.govsite.testing.Schemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ministry's site on a Bitrix-like CMS, as real state sites are: {@code lang="kz"} on the Kazakh
 * pages, a menu and a footer in plain {@code div}s, in Russian on both versions, Russian news full
 * of Kazakh names and Kazakh news with Russian names; rendered in Chromium, with axe and real Lingua.
 */
@Tag("browser")
class CmsSiteBrowserTest {
    static final String SITE = "http://site.test";

    @TempDir
    static Path out;
    static Report report;

    @BeforeAll
    static void checkTheCmsSite() throws Exception {
        Browsers.requireChromium();
        var config = GovsiteConfig.builder()
                .siteDirectory(Fixtures.site("cms-kz"))
                .checks(Set.of("axe", "language", "parity"))
                .options(new AxeOptions(List.of("wcag2a"), List.of(), List.of(), List.of()))
                .report(ReportOptions.defaults(out))
                .build();
        report = SiteCheck.run(config, Progress.SILENT);
    }

    private static Set<String> found(String prefix) {
        var out = new TreeSet<String>();
        for (Finding f : report.findings()) {
            if (f.check().startsWith(prefix)) out.add(f.check() + " " + f.url().replace(SITE, ""));
        }
        return out;
    }

    @Test
    void theRussianMenuOnKazakhPagesIsOneSiteFindingAndNoPageIsUntranslated() {
        var expected = new TreeSet<>(List.of(
                "language.template-language /kz/contacts.html",
                "language.unmarked-passage /kz/news-3.html"));
        for (String page : List.of("contacts", "news-1", "news-2", "news-3", "news-4", "news-5")) {
            expected.add("language.html-lang-invalid /kz/" + page + ".html");
        }
        assertEquals(expected, found("language."), report.findings().toString());
        Finding template = report.findings().stream().filter(f -> f.check().equals("language.template-language"))
                .findFirst().orElseThrow();
        assertTrue(template.message().startsWith("the site's template on kk pages (menus, footers and other blocks"
                + " repeated on 6 of the 6 kk pages) is in ru: ru "), template.message());
    }

    @Test
    void aRussianPassageOnAPageMarkedKzIsReportedAsOnAKazakhPage() {
        Finding passage = report.findings().stream().filter(f -> f.check().equals("language.unmarked-passage"))
                .findFirst().orElseThrow();
        assertEquals("a passage in ru on a kk page (lang=\"kz\", read as kk) has no lang=\"ru\": «Уважаемые граждане,"
                + " приём документов на конкурс продлится до конца месяца в…»", passage.message());
    }

    @Test
    void langKzIsOneFindingNotAlsoAxes() {
        assertEquals(Set.of(), found("axe.html-lang-valid"));
        assertTrue(report.findings().stream().anyMatch(f -> f.check().equals("language.html-lang-invalid")
                && f.message().endsWith("its text is judged as kk, the language it means")));
    }

    @Test
    void aCopiedTitlePartIsUntranslatedAndRussianPagesWithKazakhNamesAreClean() {
        assertEquals(Set.of("parity.untranslated-label /kz/contacts.html"), found("parity."));
        assertEquals(Set.of(), found("language.").stream().filter(f -> f.contains(" /ru/")).collect(
                java.util.stream.Collectors.toSet()));
    }

    @Test
    void eachPageSaysWhatItsOwnTextIsWrittenIn() throws Exception {
        PageResult kk = report.pages().stream().filter(p -> p.url().equals(SITE + "/kz/news-2.html")).findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        var data = (Map<String, Object>) kk.data().get(SiteLanguageCheck.DATA_KEY);
        assertEquals("kk", data.get("verdict"), data.toString());
        assertEquals(Map.of("kk", 100), data.get("shares"));
        PageResult chooser = report.pages().stream().filter(p -> p.url().equals(SITE + "/")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        var undetermined = (Map<String, Object>) chooser.data().get(SiteLanguageCheck.DATA_KEY);
        assertEquals("undetermined", undetermined.get("verdict"), undetermined.toString());
        var json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("kk", json.at("/pages").findParents("url").stream()
                .filter(p -> p.get("url").asText().endsWith("/kz/news-2.html")).findFirst().orElseThrow()
                .at("/language/verdict").asText());
        assertEquals(List.of(), Schemas.errors(Schemas.reportJson(), json));
    }
}
