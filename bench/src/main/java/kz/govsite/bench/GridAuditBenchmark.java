package kz.govsite.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import kz.govsite.BrowserOptions;
import kz.govsite.CrawlOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.audit.Audit;
import kz.govsite.audit.AuditResult;
import kz.govsite.audit.AuditSettings;
import kz.govsite.audit.RegistryReader;
import kz.govsite.audit.ScoreWeights;
import kz.govsite.browser.BrowserLocator;
import kz.govsite.browser.BrowserUnavailableException;
import kz.govsite.browser.GridStatus;
import kz.govsite.crawl.StaticSiteServer;

/**
 * The same registry audited on this machine and through a real Selenium Grid (a hub and two nodes,
 * each limited to its sessions): sessions, pages per minute and wall time.
 *
 * <pre>java … GridAuditBenchmark [--sites N] [--pages N] [--slots-per-node N]</pre>
 */
public final class GridAuditBenchmark {
    private GridAuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sites = 4;
        int pages = 30;
        int slotsPerNode = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sites" -> sites = Integer.parseInt(args[++i]);
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--slots-per-node" -> slotsPerNode = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --sites N, --pages N, --slots-per-node N");
            }
        }
        Path work = Files.createTempDirectory("govsite-grid-bench");
        Path registry = registry(work, sites, pages);
        System.out.printf(Locale.ROOT, "grid audit benchmark: %d sites of %d pages, %d cores, load average %.1f%n",
                sites, pages, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        int cores = Runtime.getRuntime().availableProcessors();
        var rows = new ArrayList<String>();
        show(rows, row("one machine, 1 site at a time", cores, audit(registry, work.resolve("local-1"), null, 1)));
        show(rows, row("one machine, 2 sites at a time", 2 * cores, audit(registry, work.resolve("local-2"), null, 2)));
        try (var grid = LocalGrid.start(work.resolve("grid"), 2, slotsPerNode)) {
            show(rows, row("Grid: hub + 2 nodes x " + slotsPerNode + " slots", 2 * slotsPerNode,
                    audit(registry, work.resolve("grid-run"), grid.url(), 1)));
        }
        System.out.println();
        System.out.println(String.format(Locale.ROOT, "%-36s %9s %9s %10s", "run", "sessions", "pages/min", "wall s"));
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "load average at the end %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private record Run(int pages, long wallMs) {
    }

    private static Run audit(Path registry, Path out, String gridUrl, int siteConcurrency) throws Exception {
        var browser = gridUrl == null ? BrowserOptions.defaults() : BrowserOptions.defaults().withGridUrl(gridUrl);
        GovsiteConfig base = GovsiteConfig.builder()
                .crawl(CrawlOptions.defaults())
                .browser(browser)
                .report(new ReportOptions(out.resolve("unused"), Set.of("json"), "ru"))
                .failOn("none")
                .buildShared();
        var settings = new AuditSettings(out, null, siteConcurrency, ScoreWeights.equal(), OptionalDouble.empty(),
                false, java.util.Map.of(), false);
        long start = System.nanoTime();
        AuditResult result = Audit.run(new RegistryReader().read(registry), base, settings, Progress.SILENT);
        long wall = (System.nanoTime() - start) / 1_000_000;
        int checked = result.ranking().stream().mapToInt(s -> s.result().pages()).sum();
        return new Run(checked, wall);
    }

    /** Keeps a row for the table and prints it at once, so a later failure does not lose it. */
    private static void show(List<String> rows, String row) {
        rows.add(row);
        System.out.println("  " + row);
    }

    private static String row(String label, int sessions, Run run) {
        return String.format(Locale.ROOT, "%-36s %9d %9.1f %10.1f", label, sessions,
                run.pages() * 60_000.0 / run.wallMs(), run.wallMs() / 1000.0);
    }

    /** {@code sites} generated bilingual sites, each a folder of its own. */
    private static Path registry(Path work, int sites, int pages) throws IOException {
        var yaml = new StringBuilder("sites:\n");
        for (int i = 1; i <= sites; i++) {
            Path site = work.resolve("site-" + i);
            SiteGenerator.write(site, pages, "http://" + StaticSiteServer.HOST + "/");
            yaml.append("  - { id: agency-").append(i).append(", name: Агентство ").append(i)
                    .append(", siteDirectory: \"").append(site).append("\" }\n");
        }
        return Files.writeString(work.resolve("registry.yaml"), yaml);
    }

    /** A hub and nodes in child JVMs on 127.0.0.1, each node with the system's Chromium and its own slots. */
    static final class LocalGrid implements AutoCloseable {
        private final List<Process> processes;
        private final int hubPort;

        private LocalGrid(List<Process> processes, int hubPort) {
            this.processes = processes;
            this.hubPort = hubPort;
        }

        static LocalGrid start(Path dir, int nodes, int slots) throws Exception {
            Files.createDirectories(dir);
            var located = new BrowserLocator().locate(null, null);
            int hub = freePort();
            // The event bus on free ports too, so the benchmark never meets a Grid already on 4442/4443.
            String publish = "tcp://127.0.0.1:" + freePort();
            String subscribe = "tcp://127.0.0.1:" + freePort();
            var processes = new ArrayList<Process>();
            processes.add(java(dir, "hub", List.of("hub", "--host", "127.0.0.1", "--port", String.valueOf(hub),
                    "--publish-events", publish.replace("127.0.0.1", "*"),
                    "--subscribe-events", subscribe.replace("127.0.0.1", "*"))));
            var grid = new LocalGrid(processes, hub);
            grid.await(0);
            for (int n = 1; n <= nodes; n++) {
                Path config = dir.resolve("node-" + n + ".toml");
                Files.writeString(config, """
                        [node]
                        detect-drivers = false
                        selenium-manager = false
                        override-max-sessions = true
                        max-sessions = %1$d

                        [[node.driver-configuration]]
                        display-name = "Chromium"
                        stereotype = '{"browserName": "chrome", "goog:chromeOptions": {"binary": "%2$s"}}'
                        max-sessions = %1$d
                        webdriver-executable = "%3$s"
                        """.formatted(slots, located.browser(), located.driver()));
                processes.add(java(dir, "node-" + n, List.of("node", "--host", "127.0.0.1", "--port",
                        String.valueOf(freePort()), "--grid-url", "http://127.0.0.1:" + hub, "--publish-events", publish,
                        "--subscribe-events", subscribe, "--config", config.toString())));
            }
            grid.await(nodes * slots);
            return grid;
        }

        String url() {
            return "http://127.0.0.1:" + hubPort;
        }

        /** Waits until the hub offers {@code slots} free slots (0: until it answers at all). */
        private void await(int slots) throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (GridStatus.freeChromeSlots(URI.create(url()), Duration.ofSeconds(5)) >= slots) return;
                } catch (BrowserUnavailableException notYet) {
                    // the hub is still starting, or its nodes have not registered
                }
                Thread.sleep(500);
            }
            close();
            throw new IllegalStateException("the Grid did not offer " + slots + " slots within 120 s");
        }

        private static Process java(Path dir, String name, List<String> args) throws IOException {
            var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.openqa.selenium.grid.Main"));
            command.addAll(args);
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        }

        private static int freePort() throws IOException {
            try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }

        @Override
        public void close() {
            for (Process p : processes) {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
            }
        }
    }
}
