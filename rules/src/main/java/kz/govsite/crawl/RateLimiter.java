package kz.govsite.crawl;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Spaces requests to one host so that a state site is never hammered; local hosts are exempt. */
public final class RateLimiter {
    private final long intervalNanos;
    private final Set<String> exemptHosts;
    private final Map<String, Long> nextSlot = new HashMap<>();

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
        if (intervalNanos == 0 || host == null || exemptHosts.contains(host)
                || host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]")) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot.getOrDefault(host, now));
            nextSlot.put(host, slot + intervalNanos);
            wait = slot - now;
        }
        pause(wait);
    }

    /** Pushes a host's next slot back, as a {@code Retry-After} asks. */
    public void backOff(String host, long seconds) {
        synchronized (this) {
            long until = System.nanoTime() + seconds * 1_000_000_000L;
            nextSlot.merge(host, until, Math::max);
        }
    }

    private static void pause(long nanos) {
        if (nanos <= 0) return;
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
