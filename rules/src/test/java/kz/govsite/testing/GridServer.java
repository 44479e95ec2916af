package kz.govsite.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.govsite.browser.BrowserLocator;

/**
 * A real Selenium Grid (standalone: router and one node in one process) in a child JVM on 127.0.0.1,
 * with the system's Chromium and ChromeDriver and Selenium Manager switched off, so nothing is
 * downloaded. The selenium-grid jar and its libraries come from the test classpath.
 */
public final class GridServer implements AutoCloseable {
    private static final Pattern SESSION_ID = Pattern.compile("\"sessionId\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final URI url;
    private final Path log;

    private GridServer(Process process, URI url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** Starts a Grid whose node offers {@code slots} Chrome sessions; waits until it is ready. */
    public static GridServer start(Path workDir, int slots) throws IOException, InterruptedException {
        var located = new BrowserLocator().locate(null, null);
        int port;
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path config = workDir.resolve("grid.toml");
        Files.writeString(config, """
                [node]
                detect-drivers = false
                selenium-manager = false
                # Without this the node offers no more sessions than the machine has cores.
                override-max-sessions = true
                max-sessions = %1$d

                [[node.driver-configuration]]
                display-name = "Chromium"
                stereotype = '{"browserName": "chrome", "goog:chromeOptions": {"binary": "%2$s"}}'
                max-sessions = %1$d
                webdriver-executable = "%3$s"
                """.formatted(slots, located.browser(), located.driver()));
        Path log = workDir.resolve("grid.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.openqa.selenium.grid.Main", "standalone", "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var grid = new GridServer(process, URI.create("http://127.0.0.1:" + port), log);
        grid.awaitReady(Duration.ofSeconds(90));
        return grid;
    }

    /** Where RemoteWebDriver asks for sessions. */
    public String url() {
        return url.toString();
    }

    /** Ends every session the Grid holds, as a node that dies would; returns how many there were. */
    public int dropAllSessions() throws IOException, InterruptedException {
        List<String> ids = SESSION_ID.matcher(get("/status")).results().map(m -> m.group(1)).distinct().toList();
        for (String id : ids) {
            HTTP.send(HttpRequest.newBuilder(url.resolve("/session/" + id)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        return ids.size();
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("the Grid exited: " + Files.readString(log));
            try {
                if (get("/status").contains("\"ready\": true")) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("the Grid was not ready within " + timeout.toSeconds() + " s: " + Files.readString(log));
    }

    private String get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Override
    public void close() {
        // The node's ChromeDriver and Chromium are children of the Grid's JVM: stop them with it.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
    }
}
