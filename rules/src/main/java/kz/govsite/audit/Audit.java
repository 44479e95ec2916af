package kz.govsite.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.govsite.GovsiteConfig;
import kz.govsite.GovsiteException;
import kz.govsite.InvalidConfigException;
import kz.govsite.Progress;
import kz.govsite.internal.Version;

/**
 * The audit's entry point: checks every registry site with the same engine and settings, several at
 * a time, scores and ranks them against the history, writes the audit files and adds this audit to
 * the history.
 */
public final class Audit {
    private Audit() {
    }

    /**
     * @param base     the settings every site shares; its start URLs, sitemap and folder are replaced by each site's
     * @throws GovsiteException     when the audit cannot run at all (no browser, bad settings)
     * @throws IOException          when the audit files or the history cannot be written
     * @throws InterruptedException when the audit is interrupted
     */
    public static AuditResult run(Registry registry, GovsiteConfig base, AuditSettings settings, Progress progress)
            throws IOException, InterruptedException {
        Instant auditedAt = Instant.now();
        long start = System.nanoTime();
        Path out = prepare(settings.outputDirectory());
        List<HistoryEntry> history = AuditHistory.read(settings.historyDirectory(), progress);
        progress.info("Audit of " + registry.sites().size() + " sites from " + registry.file()
                + (history.isEmpty() ? "" : "; " + history.size() + " earlier audits in " + settings.historyDirectory()));

        var journal = AuditJournal.open(out, identity(registry, base), settings.resume(), progress);
        var share = GridShare.plan(base, registry.sites().size(), settings.siteConcurrency(), progress);
        List<SiteResult> results = runSites(registry, share, settings, out, progress, journal);
        List<RankedSite> ranking = Ranking.rank(results, history, auditedAt);
        Instant previous = history.stream().filter(h -> h.scoreVersion() == ScoreCard.SCORE_VERSION)
                .map(HistoryEntry::auditedAt).filter(auditedAt::isAfter).reduce((a, b) -> b).orElse(null);
        var result = new AuditResult(Version.current(), auditedAt, (System.nanoTime() - start) / 1_000_000, registry.file(),
                settings, base.checks().stream().sorted().toList(), base.report().reportLanguage(), ranking, previous,
                AuditVerdict.of(ranking, settings.failBelow(), settings.failOnError()), java.util.Map.of());

        var files = new LinkedHashMap<String, Path>();
        for (AuditWriter writer : AuditWriter.all()) {
            files.put(writer.name(), writer.write(result, out));
        }
        if (settings.historyDirectory() != null) {
            files.put("history", AuditHistory.append(settings.historyDirectory(), HistoryEntry.of(auditedAt, results)));
        }
        journal.close();
        return result.withFiles(files);
    }

    private static List<SiteResult> runSites(Registry registry, GridShare share, AuditSettings settings, Path out,
                                             Progress progress, AuditJournal journal) throws InterruptedException {
        var auditor = new SiteAuditor(share.base(), out, settings, progress, journal);
        ExecutorService pool = Executors.newFixedThreadPool(share.sitesAtOnce(), r -> {
            Thread t = new Thread(r, "govsite-audit-site");
            t.setDaemon(true);
            return t;
        });
        try {
            var futures = new ArrayList<Future<SiteResult>>();
            for (SiteEntry site : registry.sites()) futures.add(pool.submit(() -> auditor.audit(site)));
            var results = new ArrayList<SiteResult>();
            for (Future<SiteResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    // Only a broken tool gets here (SiteAuditor turns site defects into results): stop everything.
                    Throwable cause = e.getCause();
                    if (cause instanceof GovsiteException g) throw g;
                    throw new GovsiteException("the audit failed: " + cause, cause);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Which audit this is, for resuming: the registry's content and the shared settings. */
    static String identity(Registry registry, GovsiteConfig base) throws IOException {
        byte[] content = registry.file() != null && Files.isRegularFile(registry.file())
                ? Files.readAllBytes(registry.file()) : new byte[0];
        String settings = new java.util.TreeMap<>(base.describe()).toString();
        return kz.govsite.cache.Hashes.sha256(content) + "/" + kz.govsite.cache.Hashes.sha256(
                settings.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Path prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new InvalidConfigException("govsite.outputDirectory", "cannot write to '" + dir + "': " + e.getMessage());
        }
    }
}
