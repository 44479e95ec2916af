package kz.govsite.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Kills the browser under a running test the way an out-of-memory killer or a crash would: the
 * processes are found among the descendants of this JVM and sent SIGKILL.
 */
public final class BrowserKiller {
    private final List<ProcessHandle> killed = new CopyOnWriteArrayList<>();
    private final List<ProcessHandle> orphaned = new CopyOnWriteArrayList<>();

    /** Kills every Chromium main process this JVM started; returns how many. */
    public int killChromium() {
        var mains = descendants().stream().filter(BrowserKiller::isChromiumMain).toList();
        mains.forEach(this::kill);
        return mains.size();
    }

    /** Kills every ChromeDriver this JVM started, leaving their Chromium behind as a crash would. */
    public int killDriver() {
        var drivers = descendants().stream().filter(p -> command(p).endsWith("chromedriver")).toList();
        for (ProcessHandle driver : drivers) {
            driver.descendants().filter(BrowserKiller::isChromiumMain).forEach(orphaned::add);
            kill(driver);
        }
        return drivers.size();
    }

    /** Processes killed so far. */
    public List<ProcessHandle> killed() {
        return List.copyOf(killed);
    }

    /** Chromium processes whose driver was killed under them: the run must end them itself. */
    public List<ProcessHandle> orphaned() {
        return List.copyOf(orphaned);
    }

    /** Chromium and ChromeDriver processes of this JVM still running. */
    public static List<ProcessHandle> browserProcesses() {
        return descendants().stream().filter(p -> isChromiumMain(p) || command(p).endsWith("chromedriver")).toList();
    }

    private void kill(ProcessHandle p) {
        killed.add(p);
        p.destroyForcibly();
        p.onExit().join();
    }

    private static List<ProcessHandle> descendants() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
    }

    private static boolean isChromiumMain(ProcessHandle p) {
        String command = command(p);
        if (!command.endsWith("/chromium") && !command.endsWith("/chrome")) return false;
        return p.info().arguments().map(args -> List.of(args).stream().noneMatch(a -> a.startsWith("--type=")))
                .orElse(false);
    }

    private static String command(ProcessHandle p) {
        return p.info().command().orElse("");
    }
}
