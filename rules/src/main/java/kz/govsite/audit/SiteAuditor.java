package kz.govsite.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import kz.govsite.GovsiteConfig;
import kz.govsite.GovsiteException;
import kz.govsite.Progress;
import kz.govsite.SiteCheck;
import kz.govsite.browser.BrowserUnavailableException;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;

/**
 * Checks one site with the engine and scores it; a site that is down, times out or lets no page be
 * checked becomes a result with its error, never a zero and never the end of the audit.
 */
final class SiteAuditor {
    private final GovsiteConfig base;
    private final Path auditDirectory;
    private final AuditSettings settings;
    private final Progress progress;
    private final AuditJournal journal;

    SiteAuditor(GovsiteConfig base, Path auditDirectory, AuditSettings settings, Progress progress, AuditJournal journal) {
        this.base = base;
        this.journal = journal;
        this.auditDirectory = auditDirectory;
        this.settings = settings;
        this.progress = progress;
    }

    /** Folder of a site's own reports inside the audit's folder. */
    static Path siteDirectory(Path auditDirectory, SiteEntry site) {
        return auditDirectory.resolve("sites").resolve(site.id());
    }

    /**
     * @throws BrowserUnavailableException when no browser starts: every other site would fail the same way
     */
    SiteResult audit(SiteEntry site) throws InterruptedException {
        long start = System.nanoTime();
        var log = new PrefixedProgress(site.id(), progress);
        var resumed = resumed(site, log);
        if (resumed.isPresent()) return resumed.get();
        Report report;
        try {
            GovsiteConfig config = SiteConfigs.forSite(base, site, siteDirectory(auditDirectory, site),
                    settings.credentials());
            report = SiteCheck.run(config, log);
        } catch (BrowserUnavailableException e) {
            throw e;
        } catch (GovsiteException | IOException | UncheckedIOException e) {
            return failed(site, null, e.getMessage(), start, log);
        } catch (RuntimeException e) {
            // A defect of the engine on one site must not cost the ministry the other sites' results.
            return failed(site, null, "the check failed: " + e, start, log);
        }
        SiteResult result = result(site, report, start, log);
        if (report.complete()) finished(site, log);
        return result;
    }

    /** A site the stopped audit finished: its report is read back and scored again, the site is not visited. */
    private java.util.Optional<SiteResult> resumed(SiteEntry site, Progress log) {
        if (!journal.isFinished(site.id())) return java.util.Optional.empty();
        Path file = siteDirectory(auditDirectory, site).resolve(kz.govsite.report.JsonReportWriter.FILE_NAME);
        try {
            Report report = kz.govsite.report.ReportJsonReader.read(file);
            log.info("checked before the audit stopped: its report is taken as it is");
            return java.util.Optional.of(result(site, report, System.nanoTime() - report.durationMs() * 1_000_000, log));
        } catch (IOException | RuntimeException e) {
            log.warn("its report from before the audit stopped cannot be read (" + e.getMessage() + "); checking it again");
            return java.util.Optional.empty();
        }
    }

    private void finished(SiteEntry site, Progress log) {
        try {
            journal.finished(site.id());
        } catch (IOException e) {
            log.warn("the audit journal cannot be written (" + e.getMessage() + "); a resumed audit would check this site again");
        }
    }

    private SiteResult result(SiteEntry site, Report report, long start, Progress log) {
        String link = link(report);
        if (report.files().containsKey(SiteConfigs.HTML)) {
            try {
                AgencyReports.write(report, siteDirectory(auditDirectory, site));
            } catch (IOException e) {
                log.warn("the agency's own reports could not be written: " + e.getMessage());
            }
        }
        if (report.summary().pages() == 0) {
            return failed(site, report, noPageChecked(report), start, log);
        }
        var result = SiteResult.scored(site, report, ScoreCard.of(base.families(), report, settings.weights()), millisSince(start), link);
        log.info("scored: overall " + show(result.score(ScoreKind.OVERALL)) + " (accessibility "
                + show(result.score(ScoreKind.ACCESSIBILITY)) + ", low vision " + show(result.score(ScoreKind.LOW_VISION))
                + ", parity " + show(result.score(ScoreKind.PARITY)) + ") on " + result.pages() + " pages");
        return result;
    }

    private SiteResult failed(SiteEntry site, Report report, String error, long start, Progress log) {
        log.warn("not scored: " + error);
        return SiteResult.failed(site, report, error, millisSince(start), report == null ? "" : link(report));
    }

    /** Why a crawl that ran checked nothing: the first page's error, e.g. a 403 for every crawler. */
    static String noPageChecked(Report report) {
        var robots = report.messages().stream().filter(m -> m.contains("/robots.txt ")).findFirst();
        if (report.pages().isEmpty() && robots.isPresent()) return "no page could be checked: " + robots.get();
        return report.pages().stream().filter(p -> !p.error().isEmpty()).findFirst()
                .map(p -> "no page could be checked: " + p.url() + " gave " + p.error())
                .orElseGet(() -> report.pages().stream().findFirst().map(PageResult::url)
                        .map(u -> "no page could be checked: " + u + " is not an HTML page")
                        .orElse("no page could be checked"));
    }

    private String link(Report report) {
        Path file = report.files().getOrDefault(SiteConfigs.HTML, report.files().get(SiteConfigs.JSON));
        if (file == null) return "";
        return auditDirectory.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }

    private static String show(Double score) {
        return score == null ? "n/a" : String.valueOf(score);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
