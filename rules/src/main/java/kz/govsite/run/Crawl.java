package kz.govsite.run;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kz.govsite.GovsiteException;
import kz.govsite.Progress;
import kz.govsite.browser.BrowserUnavailableException;
import kz.govsite.browser.SessionFactory;
import kz.govsite.check.CheckRegistry;
import kz.govsite.check.SiteWideCheck;
import kz.govsite.crawl.Frontier;
import kz.govsite.crawl.RobotsRules;
import kz.govsite.crawl.Scope;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.page.PageSnapshot;

/** Workers, each with its own browser session, take URLs from one shared frontier until it is empty. */
final class Crawl {
    private final Frontier frontier;
    private final Scope scope;
    private final PoliteVisits visitor;
    private final CheckRegistry checks;
    private final SessionFactory sessions;
    private final int workers;
    private final Progress progress;
    private final PageReuse reuse;
    private RobotsRules robots = RobotsRules.IGNORED;
    private final AtomicInteger counter = new AtomicInteger();
    /** Visits whose page checks are still running on the page-check threads. */
    private final Queue<CompletableFuture<Void>> pending = new ConcurrentLinkedQueue<>();

    /**
     * @param visitor visits each page, as a guest that leaves a failing host alone
     * @param reuse   keeps freshly checked pages for the next run
     */
    Crawl(Frontier frontier, Scope scope, PoliteVisits visitor, CheckRegistry checks, SessionFactory sessions,
          int workers, Progress progress, PageReuse reuse) {
        this.frontier = frontier;
        this.scope = scope;
        this.visitor = visitor;
        this.checks = checks;
        this.sessions = sessions;
        this.workers = workers;
        this.progress = progress;
        this.reuse = reuse;
    }

    /** The crawl leaves out what these robots.txt rules forbid. */
    Crawl obeying(RobotsRules rules) {
        this.robots = rules;
        return this;
    }

    /** Runs until the frontier is exhausted and every page is checked; {@code results} receives every visit. */
    void run(CrawlResults results) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "govsite-worker");
            t.setDaemon(true);
            return t;
        });
        try (var pageChecks = new PageChecks(checks.page(), pageCheckThreads())) {
            var futures = new ArrayList<Future<?>>();
            for (int i = 0; i < workers; i++) {
                futures.add(pool.submit(() -> work(results, pageChecks)));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    frontier.close();
                    Throwable cause = e.getCause();
                    if (cause instanceof GovsiteException g) throw g;
                    throw new GovsiteException("a crawl worker failed: " + cause, cause);
                }
            }
            awaitPageChecks();
        } catch (InterruptedException e) {
            // Keep only pages finished before the stop, not the failures of pages cut off by it.
            results.freeze();
            frontier.close();
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    private Void work(CrawlResults results, PageChecks pageChecks) throws InterruptedException {
        try (var holder = new SessionHolder(sessions)) {
            while (true) {
                var entry = frontier.take();
                if (entry.isEmpty()) return null;
                VisitOutcome outcome;
                List<Frontier.Next> next = List.of();
                try {
                    outcome = visitor.visit(entry.get(), holder);
                    next = next(entry.get(), outcome);
                } catch (BrowserUnavailableException e) {
                    frontier.close();
                    throw e;
                } finally {
                    frontier.finished(entry.get(), next);
                }
                pending.add(pageChecks.complete(outcome).thenAccept(done -> {
                    results.add(done);
                    reuse.store(done);
                    report(done);
                }));
            }
        }
    }

    private void awaitPageChecks() throws InterruptedException {
        CompletableFuture<Void> next;
        while ((next = pending.poll()) != null) {
            try {
                next.get();
            } catch (ExecutionException e) {
                throw new GovsiteException("checking a page failed: " + e.getCause(), e.getCause());
            }
        }
    }

    /** Page checks share the cores with the browsers; one thread per core keeps them from falling behind. */
    private static int pageCheckThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Where a visited page leads: the pages its checks need first (language twins), then its links. */
    private List<Frontier.Next> next(Frontier.Entry entry, VisitOutcome outcome) {
        var next = new ArrayList<Frontier.Next>();
        PageSnapshot snapshot = outcome.snapshot();
        if (snapshot != null) {
            for (SiteWideCheck check : checks.site()) {
                for (String extra : check.urlsToAlsoVisit(snapshot)) {
                    UrlNormalizer.normalize(extra).filter(scope::onSite)
                            .ifPresent(u -> next.add(new Frontier.Next(u, entry.depth() + 1, true)));
                }
            }
        }
        boolean redirect = outcome.result().kind().equals("redirect");
        for (String url : outcome.next()) {
            // A redirect's target stands where the redirect stood: same depth, same reason.
            if (redirect && entry.requestedByCheck()) next.add(new Frontier.Next(url, entry.depth(), true));
            else next.add(new Frontier.Next(url, redirect ? entry.depth() : entry.depth() + 1, false));
        }
        next.removeIf(n -> !robots.allows(n.url()));
        return next;
    }

    private void report(VisitOutcome outcome) {
        int n = counter.incrementAndGet();
        var result = outcome.result();
        String what = switch (result.kind()) {
            case "page" -> outcome.findings().size() + (outcome.findings().size() == 1 ? " finding" : " findings");
            case "redirect" -> "redirect (" + result.status() + ")";
            case "document" -> "document, not rendered";
            default -> result.error().isEmpty() ? "error" : result.error();
        };
        progress.info("[" + n + "/" + frontier.accepted() + "] " + shortUrl(result.url()) + "  " + what);
    }

    /** Path and query are enough in the log; the host is the same on every line. */
    static String shortUrl(String url) {
        try {
            URI u = URI.create(url);
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
