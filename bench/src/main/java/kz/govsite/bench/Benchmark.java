package kz.govsite.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.govsite.BrowserOptions;
import kz.govsite.check.Families;
import kz.govsite.crawl.StaticSiteServer;

/**
 * Prints, in one run, govsite's speed on a generated bilingual site next to the floor: pages per
 * minute, milliseconds per page by phase, peak heap, and the govsite/floor ratios.
 */
public final class Benchmark {
    private static final List<String> PHASES = List.of("load", "axe", "lowvision", "language", "parity");

    /** The floor's ChromeDriver warns that it has no DevTools bindings for this Chromium; neither side uses them. */
    private static final java.util.logging.Logger DEVTOOLS_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pages = 200;
        List<Integer> sizes = List.of();
        List<Integer> sessions = List.of();
        int switchRounds = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--sizes" -> sizes = java.util.Arrays.stream(args[++i].split(",")).map(String::strip)
                        .map(Integer::parseInt).toList();
                case "--sessions" -> sessions = java.util.Arrays.stream(args[++i].split(",")).map(String::strip)
                        .map(Integer::parseInt).toList();
                case "--switches" -> switchRounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --pages N, --sizes A,B,C, --sessions 1,2,3,4 or --switches ROUNDS");
            }
        }
        DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
        Path work = Files.createTempDirectory("govsite-bench");
        System.out.printf(Locale.ROOT, "govsite benchmark: %d cores, max heap %d MiB, load average %.1f at start%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        warmUp(work);
        if (!sessions.isEmpty()) SessionSweep.run(work, pages, sessions);
        else if (switchRounds > 0) SwitchComparison.run(work, pages, switchRounds);
        else if (sizes.isEmpty()) compare(work, pages);
        else slope(work, sizes);
    }

    /**
     * The first Chromium start on a machine reads everything from disk, and the JVM runs the engine's
     * code interpreted until it has compiled it: keep both out of the numbers, for the floor and for
     * govsite alike (the floor's few classes warm up in its own first pages, the engine's in a run).
     */
    private static void warmUp(Path work) throws Exception {
        Path site = work.resolve("warm-up");
        List<String> urls = SiteGenerator.write(site, 6, "http://" + StaticSiteServer.HOST + "/");
        try (var server = StaticSiteServer.start(site)) {
            Floor.run(urls, server.hostMapping());
        }
        GovsiteRun.run(site, urls.size(), Families.builtInIds(), 1, work.resolve("warm-up-out"));
    }

    private static void compare(Path work, int pages) throws Exception {
        Path site = work.resolve("site-" + pages);
        List<String> urls = SiteGenerator.write(site, pages, "http://" + StaticSiteServer.HOST + "/");
        System.out.printf("site: %d pages (ru and kk twins), %s%n%n", urls.size(), site);
        Measurement floor;
        try (var server = StaticSiteServer.start(site)) {
            floor = Floor.run(urls, server.hostMapping());
        }
        Measurement one = GovsiteRun.run(site, pages, Set.of("axe"), 1, work.resolve("out-axe-1"));
        Measurement auto = GovsiteRun.run(site, pages, Set.of("axe"), BrowserOptions.AUTO_CONCURRENCY,
                work.resolve("out-axe-auto"));
        Measurement all = GovsiteRun.run(site, pages, Families.builtInIds(), BrowserOptions.AUTO_CONCURRENCY,
                work.resolve("out-all-auto"));
        // The old way, every page's mode checked in full: the same defects must come out.
        Measurement everyPage = GovsiteRun.run(site, pages, Families.builtInIds(), BrowserOptions.AUTO_CONCURRENCY,
                work.resolve("out-all-every-page"), "all");
        int sessions = kz.govsite.browser.LocalConcurrency.forThisMachine();

        System.out.println(header());
        System.out.println(row("floor: Selenium + axe.run, 1 session", floor));
        System.out.println(row("govsite axe, 1 session", one));
        System.out.println(row("govsite axe, default (" + sessions + ")", auto));
        System.out.println(row("govsite all checks (" + String.join("+", Families.builtInIds().stream().sorted().toList())
                + "), default (" + sessions + ")", all));
        System.out.println(row("  the same, lowVision.sampling=all", everyPage));
        System.out.println();
        System.out.printf(Locale.ROOT, "govsite/floor, axe only, 1 session:    %.2fx  (target <= 1.15x)%n",
                ratio(one, floor));
        System.out.printf(Locale.ROOT, "govsite/floor, axe only, default:      %.2fx  (target < 1.00x)%n",
                ratio(auto, floor));
        System.out.printf(Locale.ROOT, "all checks / axe only, default:        %.2fx  (target <= 2.50x)%n",
                ratio(all, auto));
        System.out.printf(Locale.ROOT, "all checks / axe only, sampling=all:   %.2fx%n", ratio(everyPage, auto));
        System.out.printf(Locale.ROOT, "load average at the end: %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println();
        System.out.println("findings, low-vision sampling per template against every page in full (by check and fingerprint):");
        boolean same = SamplingComparison.print("bench site, all checks", everyPage, all);
        same &= SamplingComparison.fixtures(work);
        System.out.println(same ? "no finding lost by sampling" : "SAMPLING LOST FINDINGS");
        System.out.printf(Locale.ROOT, "checks on main: %s%n", String.join(", ", Families.builtInIds().stream().sorted().toList()));
    }

    /** govsite alone at the default concurrency, per size: is its cost linear in pages, and its heap bounded? */
    private static void slope(Path work, List<Integer> sizes) throws Exception {
        var runs = new ArrayList<Measurement>();
        for (int size : sizes) {
            Path site = work.resolve("site-" + size);
            SiteGenerator.write(site, size, "http://" + StaticSiteServer.HOST + "/");
            runs.add(GovsiteRun.run(site, size, Families.builtInIds(), BrowserOptions.AUTO_CONCURRENCY,
                    work.resolve("out-" + size)));
        }
        System.out.println("govsite " + String.join("+", Families.builtInIds().stream().sorted().toList())
                + ", default concurrency (" + Runtime.getRuntime().availableProcessors() + ")");
        System.out.println("pages   wall s  pages/min  ms/page  peak heap MiB");
        for (int i = 0; i < sizes.size(); i++) {
            Measurement g = runs.get(i);
            System.out.printf(Locale.ROOT, "%5d  %7.1f  %9.0f  %7.0f  %13d%n", sizes.get(i), g.wallMs() / 1000.0,
                    g.pagesPerMinute(), g.msPerPage(), g.peakHeapMb());
        }
        double[] fit = fit(sizes, runs);
        System.out.printf(Locale.ROOT, "%nslope (least squares): %.0f ms per page, fixed cost %.1f s%n", fit[1],
                fit[0] / 1000.0);
    }

    /** Intercept (ms) and slope (ms per page) of wall time over pages. */
    private static double[] fit(List<Integer> sizes, List<Measurement> runs) {
        int n = sizes.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            double x = sizes.get(i), y = runs.get(i).wallMs();
            sx += x; sy += y; sxx += x * x; sxy += x * y;
        }
        double slope = n < 2 ? sy / Math.max(1, sx) : (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return new double[] {(sy - slope * sx) / n, slope};
    }

    private static double ratio(Measurement a, Measurement b) {
        return (double) a.wallMs() / Math.max(1, b.wallMs());
    }

    private static String header() {
        var h = new StringBuilder(String.format(Locale.ROOT, "%-44s %8s %10s %9s", "run", "wall s", "pages/min", "ms/page"));
        for (String p : PHASES) h.append(String.format(Locale.ROOT, " %10s", p + " ms"));
        return h.append(String.format(Locale.ROOT, " %9s %9s", "heap MiB", "findings")).toString();
    }

    private static String row(String name, Measurement m) {
        var r = new StringBuilder(String.format(Locale.ROOT, "%-44s %8.1f %10.0f %9.0f", name, m.wallMs() / 1000.0,
                m.pagesPerMinute(), m.msPerPage()));
        for (String p : PHASES) {
            double v = m.phasePerPage(p);
            r.append(v < 0 ? String.format(Locale.ROOT, " %10s", "-") : String.format(Locale.ROOT, " %10.0f", v));
        }
        return r.append(String.format(Locale.ROOT, " %9s %9d", m.peakHeapMb() == 0 ? "-" : String.valueOf(m.peakHeapMb()),
                m.findings())).toString();
    }
}
