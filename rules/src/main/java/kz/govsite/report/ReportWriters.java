package kz.govsite.report;

import java.util.List;
import java.util.Set;

/** The file report formats, in one place. The console report is printed, not written. */
public final class ReportWriters {
    private static final List<ReportWriter> ALL = List.of(new JsonReportWriter(), new HtmlReportWriter(), new JUnitReportWriter(),
            new SarifReportWriter());

    private ReportWriters() {
    }

    /** The writers for the requested formats, in a fixed order. */
    public static List<ReportWriter> forFormats(Set<String> formats) {
        return ALL.stream().filter(w -> formats.contains(w.format())).toList();
    }
}
