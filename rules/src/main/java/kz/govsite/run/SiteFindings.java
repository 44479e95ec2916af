package kz.govsite.run;

import java.util.List;
import java.util.Map;
import kz.govsite.crawl.FetchResult;
import kz.govsite.crawl.Frontier;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Message;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageResult;

/**
 * The {@code site.*} findings: a page that could not be fetched, loaded or checked is reported,
 * never lost. Their ids, messages and evidence are written here and nowhere else.
 */
final class SiteFindings {
    private SiteFindings() {
    }

    static VisitOutcome unreachable(Frontier.Entry entry, long ms, String error) {
        return failed(entry, 0, ms, error, "site.unreachable", Severity.SERIOUS,
                "the page could not be fetched: " + error, Message.of("site.unreachable", "error", error));
    }

    static VisitOutcome httpError(Frontier.Entry entry, FetchResult fetch, long ms, String retryAfterNote) {
        return failed(entry, fetch.status(), ms, "HTTP " + fetch.status(), "site.http-error",
                Severity.MODERATE, "the page answers HTTP " + fetch.status() + retryAfterNote,
                Message.of("site.http-error", "status", fetch.status()));
    }

    static VisitOutcome bodyTimedOut(Frontier.Entry entry, FetchResult fetch, long ms) {
        return failed(entry, fetch.status(), ms, "timed out", "site.timeout", Severity.MODERATE,
                fetch.error(), Message.of("site.timeout.body", "error", fetch.error()));
    }

    static VisitOutcome loadTimedOut(Frontier.Entry entry, int status, long ms, long seconds) {
        return failed(entry, status, ms, "timed out", "site.timeout", Severity.MODERATE,
                "the page did not load within " + seconds + " s", Message.of("site.timeout", "seconds", seconds));
    }

    static VisitOutcome loadError(Frontier.Entry entry, int status, long ms, String error) {
        return failed(entry, status, ms, error, "site.load-error", Severity.MODERATE,
                "the browser could not load the page: " + error, Message.of("site.load-error", "error", error));
    }

    static VisitOutcome errorPage(Frontier.Entry entry, int status, long ms) {
        return failed(entry, status, ms, "error page", "site.load-error", Severity.MODERATE,
                "the browser showed its error page instead of the page", Message.of("site.load-error.error-page"));
    }

    static VisitOutcome crashedTwice(Frontier.Entry entry, int status, long ms, String error) {
        return failed(entry, status, ms, "browser crashed twice", "site.browser-crash", Severity.SERIOUS,
                "the browser crashed on this page twice: " + error, Message.of("site.browser-crash", "error", error));
    }

    /** A file the server calls HTML: browsers would show it as a page of garbage, so it is not rendered. */
    static VisitOutcome mislabelled(Frontier.Entry entry, FetchResult fetch, long ms) {
        String url = entry.url();
        var result = new PageResult(url, fetch.status(), "document", "", "", ms, 0, "", Map.of(
                "contentType", fetch.contentType(), "sniffedType", fetch.sniffedType()));
        var finding = Finding.onPage("site.wrong-content-type", Severity.MODERATE, url,
                "the server calls this " + fetch.contentType() + " but sends " + fetch.sniffedType()
                        + ": browsers show it as a page of garbage instead of opening the file")
                .withEvidence(Map.of("contentType", fetch.contentType(), "sniffedType", fetch.sniffedType()))
                .withText("site.wrong-content-type", "contentType", fetch.contentType(), "sniffedType", fetch.sniffedType());
        return new VisitOutcome(result, null, List.of(finding), List.of(), List.of(url), List.of());
    }

    static Finding redirectLoop(String firstUrl, int status, String detail) {
        return Finding.onPage("site.redirect-loop", Severity.SERIOUS, firstUrl, "the page " + detail)
                .withEvidence(Map.of("status", String.valueOf(status)))
                .withText("site.redirect-loop", "detail", detail);
    }

    static Finding checkTimedOut(String family, String url, long seconds) {
        return Finding.onPage("site.timeout", Severity.MODERATE, url,
                "the " + family + " check did not finish within " + seconds + " s")
                .withEvidence(Map.of("check", family))
                .withText("site.timeout.check", "check", family, "seconds", seconds);
    }

    static Finding checkError(String family, String url, String message) {
        return Finding.onPage("site.check-error", Severity.MODERATE, url,
                "the " + family + " check failed on this page, so its results are missing: " + message)
                .withEvidence(Map.of("check", family))
                .withText("site.check-error", "check", family, "error", String.valueOf(message));
    }

    /** A page that could not be checked; a check that asked for it (a twin) reports it itself. */
    private static VisitOutcome failed(Frontier.Entry entry, int status, long ms, String error, String check,
                                       Severity severity, String message, Message text) {
        var result = new PageResult(entry.url(), status, "error", "", "", ms, 0, error, Map.of());
        List<Finding> findings = entry.requestedByCheck() ? List.of()
                : List.of(Finding.onPage(check, severity, entry.url(), message)
                .withEvidence(status > 0 ? Map.of("status", String.valueOf(status)) : Map.of()).withText(text));
        return new VisitOutcome(result, null, findings, List.of(), List.of(), List.of());
    }
}
