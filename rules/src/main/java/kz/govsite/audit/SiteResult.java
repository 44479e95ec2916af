package kz.govsite.audit;

import java.util.Objects;
import kz.govsite.report.Report;

/**
 * How auditing one site went: its report and scores, or why it could not be scored.
 *
 * @param site       the registry entry
 * @param report     the site's report, or null when the check could not run
 * @param scores     the site's scores, or null when it was not scored
 * @param error      why the site has no scores, or empty
 * @param durationMs how long the site took
 * @param reportLink the site's own report, relative to the audit's folder ({@code sites/<id>/report.html}), or empty
 */
public record SiteResult(SiteEntry site, Report report, ScoreCard scores, String error, long durationMs,
                         String reportLink) {
    public SiteResult {
        Objects.requireNonNull(site);
        error = error == null ? "" : error;
        reportLink = reportLink == null ? "" : reportLink;
        if (scores == null && error.isEmpty()) throw new IllegalArgumentException("a site without scores needs its error");
    }

    public static SiteResult scored(SiteEntry site, Report report, ScoreCard scores, long durationMs, String link) {
        return new SiteResult(site, report, Objects.requireNonNull(scores), "", durationMs, link);
    }

    public static SiteResult failed(SiteEntry site, Report report, String error, long durationMs, String link) {
        return new SiteResult(site, report, null, error, durationMs, link);
    }

    public boolean isScored() {
        return scores != null;
    }

    /** A score rounded to one decimal, or null when the site or that score has none. */
    public Double score(ScoreKind kind) {
        return scores == null ? null : scores.get(kind).rounded();
    }

    /** Pages checked, 0 without a report. */
    public int pages() {
        return report == null ? 0 : report.summary().pages();
    }

    /** Findings in the site's report, 0 without a report. */
    public int findings() {
        return report == null ? 0 : report.summary().findings();
    }
}
