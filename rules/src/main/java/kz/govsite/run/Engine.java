package kz.govsite.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import kz.govsite.GovsiteConfig;
import kz.govsite.GovsiteException;
import kz.govsite.InvalidConfigException;
import kz.govsite.Progress;
import kz.govsite.RunInterruptedException;
import kz.govsite.browser.BrowserSession;
import kz.govsite.browser.AxeScript;
import kz.govsite.browser.SessionFactory;
import kz.govsite.browser.SiteAccess;
import kz.govsite.check.CheckRegistry;
import kz.govsite.check.SiteWideCheck;
import kz.govsite.crawl.FetchResult;
import kz.govsite.crawl.Frontier;
import kz.govsite.crawl.HostHealth;
import kz.govsite.crawl.HttpFetcher;
import kz.govsite.crawl.RateLimiter;
import kz.govsite.crawl.RobotsRules;
import kz.govsite.crawl.Scope;
import kz.govsite.crawl.SitemapReader;
import kz.govsite.crawl.StaticSiteServer;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.crawl.UserAgent;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.internal.Version;
import kz.govsite.report.ConsoleReport;
import kz.govsite.report.Report;
import kz.govsite.report.ReportWriter;
import kz.govsite.report.ReportWriters;
import kz.govsite.report.Judge;

/**
 * One run from configuration to written reports: serve the folder if any, find the start URLs,
 * crawl and check, run the site-wide checks, decide the verdict, write the reports.
 */
public final class Engine {
    private final GovsiteConfig config;
    private final Progress progress;

    public Engine(GovsiteConfig config, Progress progress) {
        this.config = config;
        // Secrets (passwords, tokens, cookie values) never reach the log, whatever prints them.
        this.progress = config.access().masking(progress);
    }

    /**
     * Runs to the end and returns the written report. A stop (Ctrl-C, SIGTERM, an interrupt) or a
     * failure half-way still writes the pages finished so far, as a report marked incomplete.
     *
     * @throws kz.govsite.RunInterruptedException when stopped, after writing the partial report
     */
    public Report run() throws IOException, InterruptedException {
        var run = new RunSoFar(Instant.now(), System.nanoTime());
        Path out = Preflight.check(config);
        StaticSiteServer server = null;
        try (var stop = StopSignal.install(Thread.currentThread())) {
            try {
                Map<String, String> hostMap = Map.of();
                var startUrls = new LinkedHashSet<String>();
                for (String url : config.startUrls()) startUrls.add(UrlNormalizer.normalize(url).orElseThrow());
                if (config.siteDirectory() != null) {
                    server = StaticSiteServer.start(config.siteDirectory());
                    hostMap = server.hostMapping();
                    startUrls.add(server.baseUrl());
                    progress.info("Serving " + config.siteDirectory() + " as " + server.baseUrl()
                            + " (127.0.0.1:" + server.port() + ")");
                }
                var sitemapUrls = new ArrayList<String>();
                if (config.sitemap() != null) {
                    for (String u : new SitemapReader().read(config.sitemap())) {
                        UrlNormalizer.normalize(u).ifPresent(sitemapUrls::add);
                    }
                    progress.info("Sitemap " + config.sitemap() + ": " + sitemapUrls.size() + " pages");
                }
                var allStarts = new ArrayList<>(startUrls);
                allStarts.addAll(sitemapUrls);
                if (allStarts.isEmpty()) {
                    throw new InvalidConfigException("govsite.sitemap", config.sitemap() + " lists no pages");
                }
                Scope scope = Scope.of(config.crawl().scopeHosts(), allStarts, config.crawl().includes(),
                        config.crawl().excludes());
                var rateLimiter = new RateLimiter(config.crawl().maxRequestsPerSecond(), hostMap.keySet());
                var access = new SiteAccess(config.access(), allStarts);
                var fetcher = new HttpFetcher(config.browser().pageTimeout(), hostMap, access::httpHeaders, rateLimiter)
                        .introducingItselfAs(UserAgent.withContact(config.crawl().contact()));
                RobotsRules robots = config.crawl().obeyRobots() ? new RobotsRules(fetcher, rateLimiter) : RobotsRules.IGNORED;
                run.robots = robots;
                CheckRegistry checks = CheckRegistry.forConfig(config, documentSource(scope, robots, fetcher));
                SessionFactory sessions = SessionFactory.forOptions(config.browser(), hostMap);
                int workers = SessionFactory.sessionsFor(config.browser(), sessions);
                progress.info("Browser: " + sessions.describe() + ", " + workers + (workers == 1 ? " session" : " sessions"));
                run.axe = describeAxe(sessions, checks);
                requireReachable(new ArrayList<>(startUrls), fetcher);
                allStarts.removeIf(u -> !robots.allows(u));
                access.logIn(sessions);

                var frontier = new Frontier(config.crawl().maxPages(), config.crawl().maxDepth());
                allStarts.forEach(u -> frontier.offer(u, 0));
                var results = new CrawlResults(!checks.site().isEmpty());
                run.crawl(frontier, results);
                stop.watch(frontier, results);
                PageReuse reuse = CacheSetup.reuse(config, fetcher, progress);
                var visitor = new PoliteVisits(new PageVisitor(config, scope, fetcher, rateLimiter, checks, out, reuse),
                        new HostHealth(rateLimiter));
                run.visits = visitor;
                new Crawl(frontier, scope, visitor, checks, access.sessions(crawlSessions(sessions, checks)), workers, progress, reuse)
                        .obeying(robots).run(results);
                if (stop.requested()) throw new InterruptedException("stopped");
                runSiteChecks(checks, results);
                return write(report(run, true, List.of()), out);
            } catch (InterruptedException e) {
                throw stopped(run, out);
            } catch (RuntimeException e) {
                if (stop.requested()) throw stopped(run, out);
                writePartialAfterFailure(run, out, e);
                throw e;
            }
        } finally {
            if (server != null) server.close();
        }
    }

    /** Documents come from the site as pages do: in scope, allowed by robots.txt, through the same fetcher. */
    private static kz.govsite.check.documents.DocumentSource documentSource(Scope scope, RobotsRules robots,
                                                                            HttpFetcher fetcher) {
        return new kz.govsite.check.documents.DocumentSource() {
            @Override
            public boolean inScope(String url) {
                return scope.contains(url) && robots.allows(url);
            }

            @Override
            public kz.govsite.crawl.Download download(String url, long maxBytes, Map<String, String> conditional) {
                return fetcher.download(url, maxBytes, conditional);
            }
        };
    }

    /** Axe goes into every page as it loads when a check runs it (axe, and low-vision contrast). */
    private static SessionFactory crawlSessions(SessionFactory sessions, CheckRegistry checks) {
        return checks.preloadsAxe() ? sessions.preparing(AxeScript::preload) : sessions;
    }

    /** What a run has gathered so far, for a partial report when it cannot finish. */
    private static final class RunSoFar {
        final Instant startedAt;
        final long startNanos;
        Map<String, Object> axe = Map.of();
        RobotsRules robots = RobotsRules.IGNORED;
        PoliteVisits visits;
        Frontier frontier;
        CrawlResults results;

        RunSoFar(Instant startedAt, long startNanos) {
            this.startedAt = startedAt;
            this.startNanos = startNanos;
        }

        void crawl(Frontier f, CrawlResults r) {
            frontier = f;
            results = r;
        }

        CrawlResults results() {
            return results == null ? new CrawlResults(false) : results;
        }

        /** Pages queued or in flight that were not finished. */
        int unfinished() {
            return frontier == null || results == null ? 0
                    : Math.max(0, frontier.accepted() - results.sortedResults().size());
        }
    }

    private Report report(RunSoFar run, boolean complete, List<String> notes) {
        CrawlResults results = run.results();
        var pages = results.sortedResults();
        var judged = Judge.judge(config, pages, results.sortedFindings(), results.summaryExtra());
        var messages = new ArrayList<>(results.messages());
        messages.addAll(run.robots.messages());
        if (run.visits != null) messages.addAll(run.visits.messages());
        messages.addAll(notes);
        return new Report("govsite", Version.current(), run.startedAt, (System.nanoTime() - run.startNanos) / 1_000_000,
                complete, config.describe(), run.axe, pages, results.documents(), judged.findings(), messages,
                judged.summary(), judged.verdict(), Map.of(), judged.suppressions());
    }

    /** Writes what the stopped run finished; the exception carries the report and says where it is. */
    private RunInterruptedException stopped(RunSoFar run, Path out) {
        // Files cannot be written from a thread that is still marked interrupted (interruptible channels).
        Thread.interrupted();
        CrawlResults results = run.results();
        results.freeze();
        int done = results.sortedResults().size();
        String why = "the run was stopped before it finished: " + done + (done == 1 ? " page" : " pages")
                + " done, " + run.unfinished() + " not checked; site-wide checks did not run";
        progress.warn(why);
        try {
            Report report = write(report(run, false, List.of(why)), out);
            return new RunInterruptedException("govsite was stopped; the " + done
                    + " pages finished so far are in the partial report in " + out.toAbsolutePath(), report);
        } catch (IOException | RuntimeException e) {
            progress.warn("the partial report could not be written: " + e.getMessage());
            return new RunInterruptedException("govsite was stopped; no report could be written: " + e.getMessage(), null);
        }
    }

    /** A run that breaks half-way (the browser cannot be restarted) still leaves the pages it checked. */
    private void writePartialAfterFailure(RunSoFar run, Path out, RuntimeException failure) {
        if (run.results == null) return;
        run.results.freeze();
        String why = "the run failed before it finished: " + failure.getMessage();
        try {
            write(report(run, false, List.of(why)), out);
            progress.warn(why + "; the pages checked until then are in the partial report in " + out.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            progress.warn("the partial report could not be written: " + e.getMessage());
        }
    }

    private Report write(Report report, Path out) throws IOException {
        var files = new LinkedHashMap<String, Path>();
        for (ReportWriter writer : ReportWriters.forFormats(config.report().formats(), config.families())) {
            files.put(writer.format(), writer.write(report, out));
        }
        Report written = report.withFiles(files);
        if (config.report().formats().contains("console")) ConsoleReport.print(written, progress, config.families());
        return written;
    }

    private void runSiteChecks(CheckRegistry checks, CrawlResults results) {
        for (SiteWideCheck check : checks.site()) {
            try {
                results.addFindings(check.inspect(results));
            } catch (RuntimeException e) {
                results.addFindings(List.of(Finding.onPage("site.check-error", Severity.MODERATE,
                        config.startUrls().isEmpty() ? "about:site" : config.startUrls().get(0),
                        "the " + check.family() + " check failed, so its results are missing: " + e)
                        .withText("site.check-error.site", "check", check.family(), "error", String.valueOf(e))));
            }
        }
    }

    /** axe's version and the rules this configuration runs, read from the real script in a browser. */
    private Map<String, Object> describeAxe(SessionFactory sessions, CheckRegistry checks) {
        if (checks.axe().isEmpty()) return Map.of();
        try (BrowserSession session = sessions.open()) {
            var axe = session.duringSetup(() -> AxeSetup.describe(session, checks.axe().get()));
            @SuppressWarnings("unchecked")
            var rules = (List<String>) axe.get("rules");
            progress.info("axe-core " + axe.get("version") + ": " + rules.size() + " rules for "
                    + String.join(",", checks.axe().get().tags()));
            return axe;
        }
    }

    /** A start URL nobody answers is a broken setup, not a finding: stop before any work. */
    private static void requireReachable(List<String> startUrls, HttpFetcher fetcher) {
        if (startUrls.isEmpty()) return;
        var failures = new ArrayList<String>();
        for (String url : startUrls) {
            FetchResult r = fetcher.fetch(url);
            if (r.status() != 0) return;
            failures.add(url + " (" + r.error() + ")");
        }
        throw new GovsiteException("the start URL cannot be reached: " + String.join(", ", failures)
                + "; check the address (govsite.url) and that the site is up");
    }
}
