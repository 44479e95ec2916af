package kz.govsite.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many local browser sessions a run starts when {@code govsite.concurrency} is left open.
 *
 * <p>Chosen from {@code bench/run --sessions} (docs/performance.md): with every check on, a page
 * spends part of its time waiting (settling, the low-vision mode's scripts), so one session more
 * than there are cores paid on 1 core (1.17x one session) and on 2 cores (3 sessions 1.70x against
 * 2 sessions' 1.56x), and a second extra session did not (0.99x and 1.69x). Each session holds about
 * 1.2 GiB (browser, renderers, driver), so free memory caps the number before the cores do.
 */
public final class LocalConcurrency {
    /** The memory a session is given when counting how many fit. */
    static final long SESSION_MIB = 1280;
    /** Left for the JVM and the machine itself. */
    static final long RESERVED_MIB = 1024;

    private LocalConcurrency() {
    }

    public static int forThisMachine() {
        return forMachine(Runtime.getRuntime().availableProcessors(), availableMib());
    }

    /** @param availableMib memory free for new processes, or a negative number when unknown */
    static int forMachine(int cores, long availableMib) {
        int byCores = Math.max(1, cores) + 1;
        if (availableMib < 0) return byCores;
        long byMemory = (availableMib - RESERVED_MIB) / SESSION_MIB;
        return (int) Math.max(1, Math.min(byCores, byMemory));
    }

    /** Linux's MemAvailable (free plus reclaimable cache); -1 elsewhere. */
    public static long availableMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemAvailable:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or an unreadable file: the cores decide alone
        }
        return -1;
    }
}
