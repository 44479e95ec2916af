package kz.govsite.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import org.junit.jupiter.api.Test;

class BrokenTargetsTest {
    private static Finding error(String url) {
        return Finding.onPage("site.http-error", Severity.MODERATE, url, "the page answers HTTP 404")
                .withEvidence(Map.of("status", "404"));
    }

    private static TreeSet<String> pages(String... urls) {
        return new TreeSet<>(List.of(urls));
    }

    @Test
    void aRelativeLinkOfASharedTemplateIsOneFindingWithItsPagesCounted() {
        var findings = List.of(error("http://site.test/ru/a/kontakty.html"), error("http://site.test/ru/b/kontakty.html"),
                error("http://site.test/ru/c/kontakty.html"),
                Finding.onPage("axe.image-alt", Severity.CRITICAL, "http://site.test/ru/a/", "no alt"));
        var linkedFrom = Map.of(
                "http://site.test/ru/a/kontakty.html", pages("http://site.test/ru/a/", "http://site.test/ru/a/1.html"),
                "http://site.test/ru/b/kontakty.html", pages("http://site.test/ru/b/"),
                "http://site.test/ru/c/kontakty.html", pages("http://site.test/ru/c/"));
        var merged = BrokenTargets.merge(findings, linkedFrom);
        assertEquals(2, merged.size());
        Finding one = merged.stream().filter(f -> f.check().equals("site.http-error")).findFirst().orElseThrow();
        assertEquals("http://site.test/ru/a/kontakty.html", one.url());
        assertEquals("the link «kontakty.html», the same on pages in 3 folders, answers HTTP 404 at each of its 3"
                + " addresses (http://site.test/ru/a/kontakty.html, http://site.test/ru/b/kontakty.html,"
                + " http://site.test/ru/c/kontakty.html); linked from 4 pages: http://site.test/ru/a/,"
                + " http://site.test/ru/a/1.html, http://site.test/ru/b/, http://site.test/ru/c/", one.message());
        assertEquals(Map.of("status", "404", "link", "kontakty.html", "linkedFrom", "4",
                "targets", "http://site.test/ru/a/kontakty.html http://site.test/ru/b/kontakty.html"
                        + " http://site.test/ru/c/kontakty.html",
                "pages", "http://site.test/ru/a/ http://site.test/ru/a/1.html http://site.test/ru/b/ http://site.test/ru/c/"),
                one.evidence());
    }

    @Test
    void oneTargetLinkedFromManyPagesNamesThemAndTwoLinksOfTheSameNameStayApart() {
        var linkedFrom = Map.of("http://site.test/old.html", pages("http://site.test/", "http://site.test/ru/",
                "http://site.test/kk/"), "http://site.test/ru/2019.html", pages("http://site.test/ru/"),
                "http://site.test/kk/2019.html", pages("http://site.test/kk/"));
        var merged = BrokenTargets.merge(List.of(error("http://site.test/old.html"), error("http://site.test/ru/2019.html"),
                error("http://site.test/kk/2019.html")), linkedFrom);
        assertEquals(List.of("http://site.test/old.html the page answers HTTP 404; linked from 3 pages: http://site.test/,"
                        + " http://site.test/kk/, http://site.test/ru/",
                "http://site.test/ru/2019.html the page answers HTTP 404",
                "http://site.test/kk/2019.html the page answers HTTP 404"),
                merged.stream().map(f -> f.url() + " " + f.message()).toList());
    }

    @Test
    void aTargetNoCheckedPageLinksToIsLeftAsItWas() {
        var f = error("http://site.test/from-sitemap.html");
        assertEquals(List.of(f), BrokenTargets.merge(List.of(f), Map.of()));
        assertEquals("kontakty.html", BrokenTargets.relativeLink("http://site.test/ru/kontakty.html",
                Set.of("http://site.test/ru/index.html")));
        assertEquals("http://site.test/kontakty.html", BrokenTargets.relativeLink("http://site.test/kontakty.html",
                Set.of("http://site.test/ru/index.html")));
    }
}
