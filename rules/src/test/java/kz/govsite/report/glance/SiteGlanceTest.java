package kz.govsite.report.glance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.govsite.finding.Baseline;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageResult;
import kz.govsite.report.ReportText;
import org.junit.jupiter.api.Test;

/** The first screen's numbers on a hand-built Bitrix-like site: sections, worst pages, top rules, baseline. */
class SiteGlanceTest {
    private static final String HOME = "http://site.test/ru/";
    private static final String NEWS_1 = "http://site.test/ru/press/news/1.html";
    private static final String NEWS_2 = "http://site.test/ru/press/news/2.html";
    private static final String SERVICES = "http://site.test/ru/services/index.php?ELEMENT_ID=7";
    private static final String KK_HOME = "http://site.test/kz/";

    private static Finding f(String check, Severity severity, String url, String selector) {
        return new Finding(check, severity, url, selector, check + " on " + selector, List.of(), "", "", Map.of());
    }

    private static List<PageResult> pages() {
        return List.of(HOME, NEWS_1, NEWS_2, SERVICES, KK_HOME).stream()
                .map(u -> new PageResult(u, 200, "page", "", "ru", 1, 1, "", Map.of())).toList();
    }

    private static List<Finding> findings() {
        return List.of(
                f("axe.link-name", Severity.SERIOUS, HOME, ".social a"),
                f("axe.link-name", Severity.SERIOUS, NEWS_1, ".social a"),
                f("axe.link-name", Severity.SERIOUS, NEWS_2, ".social a"),
                f("axe.image-alt", Severity.CRITICAL, NEWS_1, ".news-detail img"),
                f("axe.region", Severity.MODERATE, NEWS_1, ".bx-wrap"),
                f("axe.region", Severity.MODERATE, NEWS_2, ".bx-wrap"),
                f("axe.label", Severity.CRITICAL, SERVICES, "#phone"),
                f("language.html-lang-invalid", Severity.MODERATE, KK_HOME, "html"),
                f("axe.color-contrast", Severity.SERIOUS, SERVICES, ".note").asReview());
    }

    @Test
    void aSectionIsTheFirstFolderOrTheFirstTwoAfterALanguage() {
        assertEquals("/ru/press/", SiteGlance.section(NEWS_1));
        assertEquals("/ru/services/", SiteGlance.section(SERVICES));
        assertEquals("/ru/", SiteGlance.section(HOME));
        assertEquals("/kz/", SiteGlance.section(KK_HOME));
        assertEquals("/", SiteGlance.section("http://site.test/index.html"));
        assertEquals("/", SiteGlance.section("http://site.test"));
        assertEquals("/news/", SiteGlance.section("http://site.test/news/2024/1.html"));
        assertEquals("/", SiteGlance.section("not a url"));
        assertEquals("/ru/пресс-центр/", SiteGlance.section("https://site.test/ru/пресс-центр/новости/1"));
    }

    @Test
    void countsFailuresBySectionWorstFirstAndLeavesItemsToReviewOut() {
        var g = SiteGlance.of(pages(), findings(), Optional.empty());
        assertEquals(5, g.pages());
        assertEquals(8, g.findings());
        assertEquals(5, g.pagesHit());
        assertEquals(List.of(new SiteGlance.Section("/ru/press/", 2, 2, 5, 3, 0), new SiteGlance.Section("/kz/", 1, 1, 1, 0, 0),
                new SiteGlance.Section("/ru/", 1, 1, 1, 1, 0), new SiteGlance.Section("/ru/services/", 1, 1, 1, 1, 0)), g.sections());
        // Critical first: the news page with a missing alt text and the form without a label, then by serious.
        assertEquals(List.of(NEWS_1, SERVICES, NEWS_2, HOME, KK_HOME), g.worst().stream().map(SiteGlance.PageRow::url).toList());
        assertEquals(List.of("axe.link-name", "axe.region", "axe.image-alt"), g.topRules().stream().map(SiteGlance.RuleRow::check).toList());
        assertEquals(6, g.removed());
        // The home page and both news pages have nothing but top-rule failures.
        assertEquals(3, g.cleared());
        assertTrue(g.baseline().isEmpty());
    }

    @Test
    void withABaselineSaysWhatIsNewAndWhatWasFixed() {
        var all = findings();
        var baseline = Baseline.of(List.of(all.get(0), all.get(1), all.get(2), f("axe.list", Severity.SERIOUS, HOME, "ul.menu")), Instant.EPOCH);
        var comparison = baseline.compare(all, Set.of(HOME, NEWS_1, NEWS_2, SERVICES, KK_HOME));
        var g = SiteGlance.of(pages(), all, Optional.of(comparison));
        assertEquals(5, g.baseline().orElseThrow().fresh());
        assertEquals(1, g.baseline().orElseThrow().fixed());
        assertEquals(List.of("axe.region", "axe.image-alt", "axe.label", "language.html-lang-invalid"),
                List.copyOf(g.baseline().orElseThrow().freshByRule().keySet()));
        assertEquals(3, g.sections().get(0).fresh(), "the news section's image, and its two landmark failures");
    }

    @Test
    void rendersInEveryLanguageEscapingAddresses() {
        String hostile = "http://site.test/ru/\"><script>alert(1)</script>/x.html";
        var findings = List.of(f("axe.image-alt", Severity.CRITICAL, hostile, "img"));
        var g = SiteGlance.of(List.of(new PageResult(hostile, 200, "page", "", "ru", 1, 1, "", Map.of())), findings, Optional.empty());
        for (String language : List.of("kk", "ru", "en")) {
            String html = GlanceHtml.html(g, ReportText.of(language));
            assertFalse(html.contains("<script>"), html);
            assertTrue(html.contains("&lt;script&gt;"), html);
        }
        String ru = GlanceHtml.html(g, ReportText.of("ru"));
        assertTrue(ru.contains("Замечаний: 1, на 1 из 1 проверенных страниц; из них критических и серьёзных: 1."), ru);
        assertTrue(ru.contains("Исправив эти правила (1), вы уберёте 1 из 1 замечаний (100%), и на 1 стр. замечаний не останется."), ru);
        String kk = GlanceHtml.html(SiteGlance.of(List.of(), List.of(), Optional.empty()), ReportText.of("kk"));
        assertTrue(kk.contains("Тексерілген 0 бетте ескерту жоқ."), kk);
    }
}
