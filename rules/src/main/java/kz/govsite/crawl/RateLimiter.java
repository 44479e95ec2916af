package kz.govsite.crawl;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import kz.govsite.internal.Pause;

/** Spaces requests to one host so that a state site is never hammered; local hosts are exempt. */
public final class RateLimiter {
    private static final long MIN_STRAIN = 1_000_000_000L;
    private static final long MAX_STRAIN = 30_000_000_000L;

    private final long intervalNanos;
    private final Set<String> exemptHosts;
    private final Map<String, Long> nextSlot = new HashMap<>();
    /** Hosts that asked for a longer pause between requests (robots.txt Crawl-delay). */
    private final Map<String, Long> hostIntervals = new HashMap<>();
    /** Hosts that showed strain (429, 503, no answer): their pause doubles, and halves again as they recover. */
    private final Map<String, Long> strainIntervals = new HashMap<>();

    /** @param perSecond requests per second and host; 0 or less for no limit */
    public RateLimiter(double perSecond, Set<String> exemptHosts) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
        this.exemptHosts = Set.copyOf(exemptHosts);
    }

    public static RateLimiter unlimited() {
        return new RateLimiter(0, Set.of());
    }

    /** Waits for this host's next slot. */
    public void acquire(String host) {
        if (host == null) return;
        long wait;
        synchronized (this) {
            long interval = intervalFor(host);
            if (interval == 0) return;
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot.getOrDefault(host, now));
            nextSlot.put(host, slot + interval);
            wait = slot - now;
        }
        Pause.quietlyNanos(wait);
    }

    /**
     * Keeps at least {@code seconds} between two requests to {@code host}, whatever the general limit
     * and even for a local host: the site itself asked for it.
     */
    public synchronized void atLeast(String host, double seconds) {
        if (host == null || !(seconds > 0)) return;
        long interval = (long) (seconds * 1_000_000_000L);
        hostIntervals.merge(host, interval, Math::max);
        // The request that brought the news (robots.txt) was just made: the next one waits a full pause.
        nextSlot.merge(host, System.nanoTime() + interval, Math::max);
    }

    /** The host is struggling: at least twice the pause, from 1 s up to 30 s, local hosts too. */
    public synchronized void slowDown(String host) {
        if (host == null) return;
        long next = Math.min(MAX_STRAIN, Math.max(MIN_STRAIN, 2 * strainIntervals.getOrDefault(host, 0L)));
        strainIntervals.put(host, next);
    }

    /** The host answered well: half the extra pause, and none once it is short. */
    public synchronized void recover(String host) {
        if (host == null) return;
        strainIntervals.computeIfPresent(host, (h, v) -> v / 2 < MIN_STRAIN / 8 ? null : v / 2);
    }

    /** The extra pause a struggling host gets now, in milliseconds; 0 when it is well. */
    public synchronized long strainMillis(String host) {
        return strainIntervals.getOrDefault(host, 0L) / 1_000_000;
    }

    private long intervalFor(String host) {
        long asked = Math.max(hostIntervals.getOrDefault(host, 0L), strainIntervals.getOrDefault(host, 0L));
        boolean exempt = exemptHosts.contains(host)
                || host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
        return Math.max(asked, exempt ? 0 : intervalNanos);
    }

    /** Pushes a host's next slot back, as a {@code Retry-After} asks. */
    public void backOff(String host, long seconds) {
        synchronized (this) {
            long until = System.nanoTime() + seconds * 1_000_000_000L;
            nextSlot.merge(host, until, Math::max);
        }
    }
}
