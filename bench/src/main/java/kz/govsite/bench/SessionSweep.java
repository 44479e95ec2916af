package kz.govsite.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.govsite.check.Families;
import kz.govsite.crawl.StaticSiteServer;

/**
 * Pages per minute against browser sessions, every check family on: what each added session buys
 * on this machine, so that the default concurrency is chosen from a measurement. Run it under
 * {@code taskset -c 0} as well to see the same site on one core.
 */
final class SessionSweep {
    private SessionSweep() {
    }

    static void run(Path work, int pages, List<Integer> sessions) throws Exception {
        Path site = work.resolve("site-" + pages);
        SiteGenerator.write(site, pages, "http://" + StaticSiteServer.HOST + "/");
        int cores = Runtime.getRuntime().availableProcessors();
        var runs = new ArrayList<Measurement>();
        for (int n : sessions) {
            runs.add(GovsiteRun.run(site, pages, Families.builtInIds(), n, work.resolve("out-sessions-" + n)));
        }
        System.out.printf(Locale.ROOT, "all checks, %d pages, %d cores, free memory %d MiB%n", pages, cores, kz.govsite.browser.LocalConcurrency.availableMib());
        System.out.println("sessions  wall s  pages/min  vs 1 session  findings");
        double base = runs.get(0).pagesPerMinute();
        for (int i = 0; i < sessions.size(); i++) {
            Measurement m = runs.get(i);
            System.out.printf(Locale.ROOT, "%8d  %6.1f  %9.1f  %11.2fx  %8d%n", sessions.get(i), m.wallMs() / 1000.0,
                    m.pagesPerMinute(), m.pagesPerMinute() / base, m.findings());
        }
    }
}
