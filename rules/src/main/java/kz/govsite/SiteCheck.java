package kz.govsite;

import java.io.IOException;
import kz.govsite.report.Report;
import kz.govsite.run.Engine;

/** The entry point: checks a site as configured and returns the report, written to the output folder. */
public final class SiteCheck {
    private SiteCheck() {
    }

    /**
     * Crawls, checks and reports.
     *
     * @throws GovsiteException     when the run cannot be done at all (bad configuration, no browser,
     *                              start URL unreachable); problems of the site become findings instead
     * @throws IOException          when a report cannot be written
     * @throws InterruptedException when the run is interrupted
     */
    public static Report run(GovsiteConfig config, Progress progress) throws IOException, InterruptedException {
        return new Engine(config, progress).run();
    }
}
