package kz.govsite.run;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import kz.govsite.check.PageCheck;
import kz.govsite.finding.Finding;

/**
 * Runs the page checks (language, parity data) on their own threads, so that a browser moves on to
 * the next page while the text of the last one is still being analysed. At most a few snapshots wait
 * at once: a worker that gets ahead blocks rather than piling up pages in memory.
 */
final class PageChecks implements AutoCloseable {
    private final List<PageCheck> checks;
    private final ExecutorService pool;
    private final Semaphore waiting;

    PageChecks(List<PageCheck> checks, int threads) {
        this.checks = List.copyOf(checks);
        this.pool = checks.isEmpty() ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "govsite-page-checks");
            t.setDaemon(true);
            return t;
        });
        this.waiting = new Semaphore(2 * threads);
    }

    /** The outcome with its page checks' findings and timings; at once when there is nothing to check. */
    CompletableFuture<VisitOutcome> complete(VisitOutcome outcome) throws InterruptedException {
        if (pool == null || outcome.snapshot() == null || !outcome.result().isPage()
                || Boolean.TRUE.equals(outcome.result().data().get(PageReuse.CACHED))) {
            return CompletableFuture.completedFuture(outcome);
        }
        waiting.acquire();
        try {
            return CompletableFuture.supplyAsync(() -> run(outcome), pool).whenComplete((done, e) -> waiting.release());
        } catch (RuntimeException e) {
            waiting.release();
            throw e;
        }
    }

    private VisitOutcome run(VisitOutcome outcome) {
        String url = outcome.result().url();
        var findings = new ArrayList<>(outcome.findings());
        var timings = new TreeMap<String, Long>();
        for (PageCheck check : checks) {
            long start = System.nanoTime();
            List<Finding> found;
            try {
                found = check.inspect(outcome.snapshot());
            } catch (RuntimeException e) {
                found = List.of(SiteFindings.checkError(check.family(), url, e.toString()));
            }
            findings.addAll(found);
            timings.merge(check.family(), (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
        return new VisitOutcome(PageTimings.add(outcome.result(), timings), outcome.snapshot(), findings,
                outcome.next(), outcome.documents(), outcome.messages());
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
