package kz.govsite;

import java.util.Optional;
import kz.govsite.report.Report;

/**
 * The run was stopped (Ctrl-C, SIGTERM, an interrupted thread) before every page was checked. The
 * pages finished so far are in a partial report, marked {@code "complete": false}, already written.
 */
public final class RunInterruptedException extends InterruptedException {
    private final transient Report partialReport;

    public RunInterruptedException(String message, Report partialReport) {
        super(message);
        this.partialReport = partialReport;
    }

    /** The partial report, or empty when even that could not be written. */
    public Optional<Report> partialReport() {
        return Optional.ofNullable(partialReport);
    }
}
