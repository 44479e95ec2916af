package kz.govsite.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.MisbehavingServer;
import kz.govsite.testing.SlowSite;
import kz.govsite.testing.StoppableRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM (what CI sends on cancel, and close to Ctrl-C) half-way: a partial report, a non-zero exit, no browser left. */
@Tag("browser")
class TerminatedRunBrowserTest {
    @TempDir
    Path out;

    @Test
    void sigtermWritesAPartialReportExitsNonZeroAndLeavesNoBrowser() throws Exception {
        Browsers.requireChromium();
        try (var server = SlowSite.serve(MisbehavingServer.start(), 400)) {
            Path log = out.resolve("run.log");
            Process run = StoppableRun.command(server.url("/"), out.resolve("reports")).redirectOutput(log.toFile()).start();
            try {
                assertTrue(waitForProgressLines(log, 4), "the run got going: " + read(log));
                List<ProcessHandle> browsers = new ArrayList<>(run.toHandle().descendants().toList());
                assertFalse(browsers.isEmpty(), "a browser runs under the child JVM");

                run.destroy(); // SIGTERM
                assertTrue(run.waitFor(2, TimeUnit.MINUTES), "the JVM exits after writing the report");
                String output = read(log);
                assertNotEquals(0, run.exitValue(), "a stopped run is no success: " + output);
                assertFalse(output.contains("the run ended by itself"), output);
                assertTrue(output.contains("WARNING: the run was stopped before it finished: "), output);

                JsonNode report = new ObjectMapper().readTree(out.resolve("reports").resolve("report.json").toFile());
                assertFalse(report.get("complete").asBoolean());
                int pages = report.get("pages").size();
                assertTrue(pages >= 4 && pages <= SlowSite.PAGES, pages + " pages");
                for (JsonNode page : report.get("pages")) assertEquals("page", page.get("kind").asText(), page.toString());

                List<String> running = stillRunning(browsers);
                assertTrue(running.isEmpty(), "outlived the JVM: " + running + "; the run said:\n" + output);
            } finally {
                run.destroyForcibly();
            }
        }
    }

    private static boolean waitForProgressLines(Path log, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (read(log).lines().filter(l -> l.startsWith("[")).count() >= count) return true;
            Thread.sleep(100);
        }
        return false;
    }

    /**
     * The browser processes that have not ended within two minutes. Killed is ended: a killed process
     * stays a zombie until its new parent (the container's init) reaps it, which a busy machine puts
     * off, and Java counts a zombie as alive. A browser left behind keeps running and never gets here.
     */
    private static List<String> stillRunning(List<ProcessHandle> processes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        List<ProcessHandle> running = processes;
        while (true) {
            running = running.stream().filter(p -> !ended(p)).toList();
            if (running.isEmpty() || System.nanoTime() > deadline) break;
            Thread.sleep(200);
        }
        return running.stream().map(p -> p.pid() + " " + p.info().command().orElse("?") + " (" + state(p) + ")").toList();
    }

    private static boolean ended(ProcessHandle p) {
        String state = state(p);
        return !p.isAlive() || state.equals("Z") || state.equals("X");
    }

    /** The state letter of /proc/<pid>/stat (R, S, D, Z, ...), or "?" where there is no /proc. */
    private static String state(ProcessHandle p) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String read(Path log) throws java.io.IOException {
        return java.nio.file.Files.exists(log) ? java.nio.file.Files.readString(log) : "";
    }
}
