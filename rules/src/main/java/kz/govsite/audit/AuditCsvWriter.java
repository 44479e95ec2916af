package kz.govsite.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.govsite.report.AtomicFiles;

/**
 * Writes {@code audit.csv} for the ministry's spreadsheets: RFC 4180 (commas, CRLF, quotes doubled),
 * UTF-8 with a byte order mark so that Excel shows Kazakh and Russian names, one row per site in
 * ranking order; "n/a" where a check did not run, empty scores where the site was not audited.
 */
final class AuditCsvWriter implements AuditWriter {
    static final String FILE_NAME = "audit.csv";
    static final String BOM = "\uFEFF";

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public Path write(AuditResult result, Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve(FILE_NAME);
        AtomicFiles.write(file, (BOM + toCsv(result)).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    static String toCsv(AuditResult result) {
        var header = new ArrayList<String>(List.of("rank", "id", "name_kk", "name_ru", "status"));
        for (ScoreKind k : ScoreKind.values()) header.add(k.key());
        for (ScoreKind k : ScoreKind.values()) header.add(k.key() + "_change");
        header.addAll(List.of("pages", "findings", "error", "report"));
        var b = new StringBuilder(String.join(",", header)).append("\r\n");
        for (RankedSite s : result.ranking()) {
            SiteResult r = s.result();
            var row = new ArrayList<String>();
            row.add(s.rank() == null ? "" : String.valueOf(s.rank()));
            row.add(text(r.site().id()));
            row.add(text(r.site().nameKk()));
            row.add(text(r.site().nameRu()));
            row.add(r.isScored() ? "scored" : "error");
            for (ScoreKind k : ScoreKind.values()) {
                Double v = r.score(k);
                row.add(v != null ? String.valueOf(v) : r.isScored() ? "n/a" : "");
            }
            for (ScoreKind k : ScoreKind.values()) {
                Double c = s.change(k);
                row.add(c == null ? "" : String.valueOf(c));
            }
            row.add(String.valueOf(r.pages()));
            row.add(String.valueOf(r.findings()));
            row.add(text(r.error()));
            row.add(text(r.reportLink()));
            b.append(String.join(",", row)).append("\r\n");
        }
        return b.toString();
    }

    /**
     * A text cell: quoted when it holds a comma, quote or line break; and a leading {@code = + - @}
     * is defused with an apostrophe, because a spreadsheet would run a name from the registry as a formula.
     */
    static String text(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
