package kz.govsite.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kz.govsite.finding.Baseline;

/** Writes {@code govsite-baseline.json} from a run: the findings a site may keep without failing later runs. */
public final class BaselineWriter {
    private BaselineWriter() {
    }

    /** Writes the report's findings (suppressed ones left out) as a baseline, atomically, and returns it. */
    public static Baseline write(Report report, Path file) throws IOException {
        Baseline baseline = Baseline.of(report.findings(), report.startedAt());
        AtomicFiles.write(file, baseline.toJson().getBytes(StandardCharsets.UTF_8));
        return baseline;
    }
}
