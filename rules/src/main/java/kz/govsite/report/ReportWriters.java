package kz.govsite.report;

import java.util.List;
import java.util.Set;
import kz.govsite.check.CheckFamily;
import kz.govsite.check.Families;

/** The file report formats, in one place. The console report is printed, not written. */
public final class ReportWriters {
    private ReportWriters() {
    }

    /** The writers for the requested formats, in a fixed order, with the built-in check families. */
    public static List<ReportWriter> forFormats(Set<String> formats) {
        return forFormats(formats, Families.BUILT_IN);
    }

    /** The writers for the requested formats, in a fixed order, with these check families' parts. */
    public static List<ReportWriter> forFormats(Set<String> formats, List<CheckFamily> families) {
        List<ReportWriter> all = List.of(new JsonReportWriter(), new HtmlReportWriter(families),
                new JUnitReportWriter(families), new SarifReportWriter(families));
        return all.stream().filter(w -> formats.contains(w.format())).toList();
    }
}
