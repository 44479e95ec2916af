package kz.govsite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import kz.govsite.BrowserOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.audit.Audit;
import kz.govsite.audit.AuditConsole;
import kz.govsite.audit.AuditSettings;
import kz.govsite.audit.RegistryReader;
import kz.govsite.audit.ScoreWeights;
import kz.govsite.crawl.StaticSiteServer;

/**
 * Writes every report govsite makes for two fixed sites, so that a change meant to keep behaviour
 * can be held against the reports of the code before it ({@code bench/reports}): the demo site and
 * the benchmark's generated site, each checked with every report format and the build log kept, and
 * an audit of both. {@link NormalisedReports} then takes out what differs from run to run.
 */
public final class ReferenceReports {
    /** The generated site's size: large enough for every family to find something, small enough to run often. */
    static final int BENCH_PAGES = 30;
    /**
     * One session per site: with several, the order pages finish in changes from run to run, and with
     * it which pages of a template are the low-vision samples and which are carried (report.json says so).
     */
    private static final BrowserOptions ONE_SESSION = BrowserOptions.defaults().withConcurrency(1);

    private ReferenceReports() {
    }

    /** {@code <output folder> <demo site folder>}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) throw new IllegalArgumentException("usage: ReferenceReports <output folder> <demo site>");
        Path out = Path.of(args[0]).toAbsolutePath();
        Path demo = Path.of(args[1]).toAbsolutePath();
        Path raw = out.resolve("raw");
        Path bench = out.resolve("bench-site");
        SiteGenerator.write(bench, BENCH_PAGES, "http://" + StaticSiteServer.HOST + "/");
        check("demo", demo, raw.resolve("demo"));
        check("bench", bench, raw.resolve("bench"));
        audit(out, demo, bench, raw.resolve("audit"));
        NormalisedReports.write(raw, out.resolve("normalised"),
                List.of(demo.toString(), bench.toString(), raw.toString(), out.toString()));
        System.out.println("reports in " + raw + ", normalised in " + out.resolve("normalised"));
    }

    private static void check(String name, Path site, Path out) throws Exception {
        var log = new Log();
        var config = GovsiteConfig.builder()
                .siteDirectory(site)
                .report(ReportOptions.defaults(out).withFormats(ReportOptions.KNOWN_FORMATS))
                .browser(ONE_SESSION)
                .build();
        System.out.println(name + ": checking " + site);
        try {
            SiteCheck.run(config, log);
        } finally {
            log.write(out.resolve("build.log"));
        }
    }

    private static void audit(Path work, Path demo, Path bench, Path out) throws Exception {
        Path registry = work.resolve("registry.yaml");
        Files.writeString(registry, "sites:\n  - id: demo\n    siteDirectory: " + demo + "\n  - id: bench\n    siteDirectory: "
                + bench + "\n", StandardCharsets.UTF_8);
        var base = GovsiteConfig.builder()
                .startUrl("https://registry.invalid/")
                .report(ReportOptions.defaults(out).withFormats(ReportOptions.KNOWN_FORMATS))
                .browser(ONE_SESSION)
                .build();
        var settings = new AuditSettings(out, work.resolve("audit-history"), 2, ScoreWeights.equal(),
                OptionalDouble.empty(), false);
        var log = new Log();
        System.out.println("audit: " + registry);
        try {
            var result = Audit.run(new RegistryReader().read(registry), base, settings, log);
            AuditConsole.print(result, log);
        } finally {
            log.write(out.resolve("build.log"));
        }
    }

    /** The build log of one run, kept in memory and written at the end. */
    private static final class Log implements Progress {
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override public void info(String message) { lines.add("[INFO] " + message); }

        @Override public void warn(String message) { lines.add("[WARNING] " + message); }

        void write(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            synchronized (lines) {
                Files.write(file, lines, StandardCharsets.UTF_8);
            }
        }
    }
}
