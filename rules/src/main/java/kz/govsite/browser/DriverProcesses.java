package kz.govsite.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processes of one local session: the ChromeDriver the JVM started and the Chromium under it.
 * Remembered when the session starts, because a driver that is killed leaves its Chromium to the
 * system, where it can no longer be found as a descendant. Sessions still open when the JVM exits
 * (Ctrl-C, SIGTERM) are killed by a shutdown hook: nothing else would end them. The hook then sweeps
 * the JVM's children for drivers it started that no session had registered (one still starting, or
 * one its port did not tell apart), so that no browser outlives the run.
 */
final class DriverProcesses {
    private static final Set<DriverProcesses> LIVE = ConcurrentHashMap.newKeySet();
    /** The driver executables this JVM starts, as real paths: what the last sweep at exit looks for. */
    private static final Set<String> DRIVERS = ConcurrentHashMap.newKeySet();
    private static volatile boolean exiting;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(DriverProcesses::killAll, "govsite-browser-cleanup"));
    }

    private final List<ProcessHandle> processes;

    private DriverProcesses(List<ProcessHandle> processes) {
        this.processes = List.copyOf(processes);
    }

    /** Whether the JVM is exiting: no new browser may be started then, it would outlive the JVM. */
    static boolean exiting() {
        return exiting;
    }

    private static void killAll() {
        exiting = true;
        LIVE.forEach(DriverProcesses::kill);
        // A driver the JVM started but could not tell apart (or was still starting) is its child all the same.
        ProcessHandle.current().children().filter(DriverProcesses::isDriver)
                .forEach(driver -> new DriverProcesses(List.of(driver)).kill());
    }

    /** Remembers a driver executable this JVM is about to start. */
    static void starting(Path driver) {
        try {
            DRIVERS.add(driver.toRealPath().toString());
        } catch (IOException | RuntimeException e) {
            DRIVERS.add(driver.toAbsolutePath().toString());
        }
    }

    private static boolean isDriver(ProcessHandle child) {
        return child.info().command().map(DRIVERS::contains).orElse(false);
    }

    /** The driver listening on {@code port} among this JVM's children, and everything it started. */
    static DriverProcesses ofDriverOnPort(int port) {
        var found = new ArrayList<ProcessHandle>();
        driverOnPort(port).ifPresent(driver -> {
            found.add(driver);
            driver.descendants().forEach(found::add);
        });
        var processes = new DriverProcesses(found);
        LIVE.add(processes);
        if (exiting) processes.kill();
        return processes;
    }

    private static Optional<ProcessHandle> driverOnPort(int port) {
        String flag = "--port=" + port;
        return ProcessHandle.current().children()
                .filter(p -> p.info().arguments().map(args -> List.of(args).contains(flag)).orElse(false))
                .findFirst();
    }

    /** Kills every process of the session still running, children first; harmless when they are gone. */
    void kill() {
        LIVE.remove(this);
        var all = new ArrayList<ProcessHandle>();
        for (ProcessHandle p : processes) {
            if (p.isAlive()) p.descendants().forEach(all::add);
        }
        for (int i = processes.size() - 1; i >= 0; i--) all.add(processes.get(i));
        for (ProcessHandle p : all) {
            if (p.isAlive()) p.destroyForcibly();
        }
    }

    /** How many processes were found at the start: none means the driver could not be told apart. */
    int size() {
        return processes.size();
    }
}
