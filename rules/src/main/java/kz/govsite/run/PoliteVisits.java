package kz.govsite.run;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.govsite.crawl.Frontier;
import kz.govsite.crawl.HostHealth;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Message;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageResult;

/**
 * Visits as a guest who notices when the host is struggling: every answer goes to the host's health,
 * and once a host has failed too often in a row its remaining pages are left out, with one finding
 * on the page where the crawl gave up and the count in the report's messages.
 */
final class PoliteVisits {
    private final PageVisitor visitor;
    private final HostHealth health;

    PoliteVisits(PageVisitor visitor, HostHealth health) {
        this.visitor = visitor;
        this.health = health;
    }

    VisitOutcome visit(Frontier.Entry entry, SessionHolder sessions) {
        String host = hostOf(entry.url());
        if (health.leavesOut(host)) return notAsked(entry);
        VisitOutcome outcome = visitor.visit(entry, sessions);
        if (health.record(host, outcome.result().status()) != HostHealth.Turn.STOPPED) return outcome;
        var findings = new ArrayList<>(outcome.findings());
        findings.add(Finding.onPage("site.unresponsive", Severity.SERIOUS, entry.url(), "the site failed "
                + HostHealth.STOP_AFTER + " requests in a row (no answer or a server error) up to this page, so "
                + "govsite stopped asking it instead of adding to its load; the pages not checked are counted in "
                + "the report's messages").withText("site.unresponsive", "requests", HostHealth.STOP_AFTER));
        return new VisitOutcome(outcome.result(), outcome.snapshot(), List.copyOf(findings), outcome.next(),
                outcome.documents(), outcome.messages());
    }

    List<String> messages() {
        return health.messages();
    }

    private static VisitOutcome notAsked(Frontier.Entry entry) {
        var result = new PageResult(entry.url(), 0, "error", "", "", 0, 0,
                "not asked: the site had stopped answering", Map.of());
        return new VisitOutcome(result, null, List.of(), List.of(), List.of(), List.of());
    }

    private static String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
