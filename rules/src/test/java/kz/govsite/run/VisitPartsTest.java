package kz.govsite.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import kz.govsite.crawl.FetchResult;
import kz.govsite.crawl.Frontier;
import kz.govsite.crawl.Scope;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageSnapshot;
import org.junit.jupiter.api.Test;

/** The parts of a visit that need no browser: the site.* findings and the sorting of a page's links. */
class VisitPartsTest {
    private static final String PAGE = "https://www.akorda.kz/ru/news";

    @Test
    void aServerThatAsksForTooLongAWaitIsReportedWithItsWish() {
        var busy = new FetchResult(503, "text/html", "", 120, "", "");
        var outcome = SiteFindings.httpError(new Frontier.Entry(PAGE, 1, false), busy, 42,
                PageFetching.retryAfterNote(busy));
        var finding = outcome.findings().get(0);
        assertEquals("site.http-error", finding.check());
        assertEquals(Severity.MODERATE, finding.severity());
        assertEquals("the page answers HTTP 503 and asks to come back in 120 s, longer than govsite waits (30 s)",
                finding.message());
        assertEquals(Map.of("status", "503"), finding.evidence());
        assertEquals("error", outcome.result().kind());
        assertEquals("HTTP 503", outcome.result().error());

        var shortWait = new FetchResult(429, "text/html", "", 5, "", "");
        assertEquals("", PageFetching.retryAfterNote(shortWait), "a short wait is waited out, not reported");
    }

    @Test
    void aPageAskedForByACheckIsLeftToThatCheckToReport() {
        var twin = new Frontier.Entry("https://www.akorda.kz/kz/news", 1, true);
        var outcome = SiteFindings.unreachable(twin, 7, "connection refused");
        assertEquals(List.of(), outcome.findings());
        assertEquals("connection refused", outcome.result().error());
        assertEquals(0, outcome.result().status());
    }

    @Test
    void aHungCheckNamesItsFamilyAndTheTimeItHad() {
        var finding = SiteFindings.checkTimedOut("lowvision", PAGE, 30);
        assertEquals("the lowvision check did not finish within 30 s", finding.message());
        assertEquals(Map.of("check", "lowvision"), finding.evidence());
        assertEquals("site.timeout.check", finding.text().id());
    }

    @Test
    void linksAreSortedIntoPagesToQueueDocumentsAndInScopeLinks() {
        var scope = Scope.of(List.of(), List.of(PAGE), List.of(), List.of());
        var snapshot = new PageSnapshot(PAGE, PAGE, 200, "text/html", "Жаңалықтар", "kz", "<html></html>", List.of(
                "/ru/about", "https://www.akorda.kz/ru/about#team", "/upload/iblock/prikaz-124.pdf",
                "https://egov.kz/cms/ru", "/upload/logo.png", "/ru/about"));
        var links = PageCapture.links(snapshot, PAGE, scope);
        assertEquals(List.of("https://www.akorda.kz/ru/about"), links.next());
        assertEquals(List.of("https://www.akorda.kz/upload/iblock/prikaz-124.pdf"), links.documents());
        assertEquals(3, links.inScope().size(), "each in-scope link as often as the page has it");
    }
}
