package kz.govsite.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.govsite.Progress;

/** The ranking a person reads in the build log: one line per site, lowest first, with changes in brackets. */
public final class AuditConsole {
    private static final String ROW = "  %4s  %-13s %-13s %-13s %-13s %5s  %s";

    private AuditConsole() {
    }

    public static void print(AuditResult result, Progress out) {
        out.info("Audit ranking, lowest overall score first"
                + (result.previousAudit() == null ? " (first audit: no changes to show)"
                : " (changes since " + result.previousAudit() + ")") + ":");
        lines(result).forEach(out::info);
        result.files().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> out.info("Audit (" + e.getKey() + "): " + e.getValue().toAbsolutePath()));
        out.info("Audit verdict: " + result.verdict().summary());
    }

    static List<String> lines(AuditResult result) {
        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, ROW, "rank", "overall", "accessibility", "lowVision", "parity", "pages",
                "site"));
        for (RankedSite s : result.ranking()) {
            SiteResult r = s.result();
            if (!r.isScored()) {
                lines.add(String.format(Locale.ROOT, "  %4s  not audited: %s  %s", "-", r.error(), r.site().id()));
                continue;
            }
            lines.add(String.format(Locale.ROOT, ROW, s.rank() == null ? "-" : s.rank(), cell(s, ScoreKind.OVERALL),
                    cell(s, ScoreKind.ACCESSIBILITY), cell(s, ScoreKind.LOW_VISION), cell(s, ScoreKind.PARITY),
                    r.pages(), r.site().id()));
        }
        return lines;
    }

    private static String cell(RankedSite s, ScoreKind kind) {
        Double v = s.result().score(kind);
        if (v == null) return "n/a";
        Double c = s.change(kind);
        if (c == null) return String.valueOf(v);
        return v + " (" + (c > 0 ? "+" : "") + c + ")";
    }
}
