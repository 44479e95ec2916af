package kz.govsite.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import kz.govsite.check.SiteView;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageSnapshot;
import kz.govsite.page.PageResult;

/**
 * What the workers found, gathered from many threads and read back in one deterministic order:
 * the same site gives the same report whatever the interleaving.
 */
final class CrawlResults implements SiteView {
    /** Orders findings for reports: by page, then check, then element. */
    static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::url)
            .thenComparing(Finding::check)
            .thenComparing(Finding::selector)
            .thenComparing(Finding::snippet)
            .thenComparing(Finding::message);

    private final Map<String, PageResult> results = new ConcurrentHashMap<>();
    private final Map<String, PageSnapshot> snapshots = new ConcurrentHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final TreeSet<String> documents = new TreeSet<>();
    private final List<String> messages = new ArrayList<>();
    private final Map<String, Object> summaryExtra = new TreeMap<>();
    /** For each in-scope URL, the checked pages that link to it. */
    private final Map<String, TreeSet<String>> linkedFrom = new TreeMap<>();
    private final boolean keepSnapshots;
    private volatile boolean frozen;

    CrawlResults(boolean keepSnapshots) {
        this.keepSnapshots = keepSnapshots;
    }

    synchronized void add(VisitOutcome outcome) {
        if (frozen) return;
        results.put(outcome.result().url(), outcome.result());
        if (keepSnapshots && outcome.snapshot() != null) snapshots.put(outcome.result().url(), outcome.snapshot());
        synchronized (this) {
            findings.addAll(outcome.findings());
            if (outcome.snapshot() != null) {
                for (String target : outcome.next()) {
                    linkedFrom.computeIfAbsent(target, t -> new TreeSet<>()).add(outcome.result().url());
                }
            }
            documents.addAll(outcome.documents());
            messages.addAll(outcome.messages());
        }
    }

    /**
     * Takes no more visits: a stopped run reports the pages finished before the stop, not the
     * failures of pages whose browsers were torn down under them.
     */
    synchronized void freeze() {
        frozen = true;
    }

    synchronized void addFindings(List<Finding> more) {
        findings.addAll(more);
    }

    @Override
    public List<PageSnapshot> pages() {
        return snapshots.values().stream().sorted(Comparator.comparing(PageSnapshot::url)).toList();
    }

    @Override
    public Optional<PageResult> result(String url) {
        return Optional.ofNullable(results.get(url));
    }

    @Override
    public Optional<PageSnapshot> page(String url) {
        return Optional.ofNullable(snapshots.get(url));
    }

    @Override
    public synchronized void recordPageData(String url, String key, Object value) {
        results.computeIfPresent(url, (u, r) -> r.withData(key, value));
    }

    @Override
    public synchronized void recordSummary(String key, Object value) {
        summaryExtra.put(key, value);
    }

    List<PageResult> sortedResults() {
        return results.values().stream().sorted(Comparator.comparing(PageResult::url)).toList();
    }

    synchronized List<Finding> sortedFindings() {
        return BrokenTargets.merge(findings.stream().distinct().sorted(FINDING_ORDER).toList(), linkedFrom).stream()
                .sorted(FINDING_ORDER).toList();
    }

    synchronized List<String> documents() {
        return List.copyOf(documents);
    }

    synchronized List<String> messages() {
        return messages.stream().sorted().toList();
    }

    synchronized Map<String, Object> summaryExtra() {
        return new TreeMap<>(summaryExtra);
    }
}
