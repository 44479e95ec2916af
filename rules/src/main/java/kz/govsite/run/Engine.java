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
import kz.govsite.browser.AxeScript;
import kz.govsite.browser.BrowserSession;
import kz.govsite.browser.SessionFactory;
import kz.govsite.browser.SiteAccess;
import kz.govsite.check.CheckRegistry;
import kz.govsite.check.SiteWideCheck;
import kz.govsite.crawl.FetchResult;
import kz.govsite.crawl.Frontier;
import kz.govsite.crawl.HttpFetcher;
import kz.govsite.crawl.RateLimiter;
import kz.govsite.crawl.Scope;
import kz.govsite.crawl.SitemapReader;
import kz.govsite.crawl.StaticSiteServer;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
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

    public Report run() throws IOException, InterruptedException {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        Path out = prepareOutputDirectory(config.report().outputDirectory());
        StaticSiteServer server = null;
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
            var fetcher = new HttpFetcher(config.browser().pageTimeout(), hostMap, access::httpHeaders, rateLimiter);
            requireReachable(new ArrayList<>(startUrls), fetcher);

            CheckRegistry checks = CheckRegistry.forConfig(config);
            SessionFactory sessions = SessionFactory.forOptions(config.browser(), hostMap);
            int workers = SessionFactory.sessionsFor(config.browser(), sessions);
            progress.info("Browser: " + sessions.describe() + ", " + workers + (workers == 1 ? " session" : " sessions"));
            Map<String, Object> axe = describeAxe(sessions);
            access.logIn(sessions);

            var frontier = new Frontier(config.crawl().maxPages(), config.crawl().maxDepth());
            allStarts.forEach(u -> frontier.offer(u, 0));
            var results = new CrawlResults(!checks.site().isEmpty());
            PageReuse reuse = CacheSetup.reuse(config, fetcher, progress);
            var visitor = new PageVisitor(config, scope, fetcher, rateLimiter, checks, out, reuse);
            new Crawl(frontier, scope, visitor, checks, access.sessions(sessions), workers, progress, reuse)
                    .run(results);
            runSiteChecks(checks, results);

            var pages = results.sortedResults();
            var judged = Judge.judge(config, pages, results.sortedFindings(), results.summaryExtra());
            var report = new Report("govsite", Version.current(), startedAt, (System.nanoTime() - start) / 1_000_000,
                    true, config.describe(), axe, pages, results.documents(), judged.findings(), results.messages(),
                    judged.summary(), judged.verdict(), Map.of(), judged.suppressions());
            return write(report, out);
        } finally {
            if (server != null) server.close();
        }
    }

    private Report write(Report report, Path out) throws IOException {
        var files = new LinkedHashMap<String, Path>();
        for (ReportWriter writer : ReportWriters.forFormats(config.report().formats())) {
            files.put(writer.format(), writer.write(report, out));
        }
        Report written = report.withFiles(files);
        if (config.report().formats().contains("console")) ConsoleReport.print(written, progress);
        return written;
    }

    private void runSiteChecks(CheckRegistry checks, CrawlResults results) {
        for (SiteWideCheck check : checks.site()) {
            try {
                results.addFindings(check.inspect(results));
            } catch (RuntimeException e) {
                results.addFindings(List.of(Finding.onPage("site.check-error", Severity.MODERATE,
                        config.startUrls().isEmpty() ? "about:site" : config.startUrls().get(0),
                        "the " + check.family() + " check failed, so its results are missing: " + e)));
            }
        }
    }

    /** axe's version and the rules this configuration runs, read from the real script in a browser. */
    private Map<String, Object> describeAxe(SessionFactory sessions) {
        if (!config.runs("axe")) return Map.of();
        try (BrowserSession session = sessions.open()) {
            session.driver().get("about:blank");
            var ruleSet = AxeScript.ruleSet(session, config.axe(), AxeScript.noOverrides());
            var axe = new LinkedHashMap<String, Object>();
            axe.put("version", ruleSet.version());
            axe.put("tags", config.axe().tags());
            axe.put("rules", ruleSet.rules());
            progress.info("axe-core " + ruleSet.version() + ": " + ruleSet.rules().size() + " rules for "
                    + String.join(",", config.axe().tags()));
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

    private static Path prepareOutputDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".govsite-write-test", ".tmp");
            Files.delete(probe);
            return dir;
        } catch (IOException e) {
            throw new InvalidConfigException("govsite.outputDirectory",
                    "cannot write to '" + dir + "': " + e.getMessage());
        }
    }
}
