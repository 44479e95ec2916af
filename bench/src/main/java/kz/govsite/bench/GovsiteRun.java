package kz.govsite.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.govsite.BrowserOptions;
import kz.govsite.CrawlOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.check.lowvision.LowVisionOptions;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;

/** A whole govsite run over the generated folder, as a user starts it, timed from outside. */
final class GovsiteRun {
    private GovsiteRun() {
    }

    /** @param concurrency sessions, or {@link BrowserOptions#AUTO_CONCURRENCY} for govsite's default */
    static Measurement run(Path site, int pages, Set<String> checks, int concurrency, Path out) throws Exception {
        return run(site, pages, checks, concurrency, out, LowVisionOptions.defaults().sampling());
    }

    /** @param sampling {@code govsite.lowVision.sampling}: {@code template} or {@code all} */
    static Measurement run(Path site, int pages, Set<String> checks, int concurrency, Path out, String sampling)
            throws Exception {
        var config = GovsiteConfig.builder()
                .siteDirectory(site)
                .checks(checks)
                .options(LowVisionOptions.defaults().withSampling(sampling))
                .crawl(CrawlOptions.defaults().withMaxPages(pages))
                .browser(BrowserOptions.defaults().withConcurrency(concurrency))
                .report(new ReportOptions(out, Set.of("json"), "ru"))
                .failOn("none")
                .build();
        HeapMeter.reset();
        long start = System.nanoTime();
        Report report = SiteCheck.run(config, Progress.SILENT);
        long wall = (System.nanoTime() - start) / 1_000_000;
        long heap = HeapMeter.peakMb();
        var phases = new TreeMap<String, Long>();
        int checked = 0;
        for (PageResult page : report.pages()) {
            if (!page.isPage()) continue;
            checked++;
            phases.merge("load", page.loadMs(), Long::sum);
            if (page.data().get("timings") instanceof Map<?, ?> timings) {
                timings.forEach((family, ms) -> phases.merge(String.valueOf(family), ((Number) ms).longValue(), Long::sum));
            }
        }
        if (pages < Integer.MAX_VALUE && (checked != pages || report.pages().size() != pages)) {
            System.out.println("  note: govsite checked " + checked + " of " + pages + " pages ("
                    + report.pages().size() + " URLs visited)");
        }
        var keys = report.findings().stream().map(f -> f.check() + " " + f.fingerprint()).sorted().toList();
        return new Measurement(checked, wall, phases, heap, report.findings().size(), keys);
    }
}
