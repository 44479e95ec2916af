package kz.govsite.crawl;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How each host is coping with the crawl. Answers that say "too busy" (429, 503) slow the
 * host down; a long run of failures (no answer or 5xx) stops the crawl from asking it anything more,
 * as careful crawlers do, instead of hammering a site that is down.
 */
public final class HostHealth {
    /** Failures in a row after which a host is left alone. */
    public static final int STOP_AFTER = 20;

    private final RateLimiter rateLimiter;
    private final int stopAfter;
    private final Map<String, Integer> failuresInARow = new HashMap<>();
    private final Map<String, Integer> notAsked = new TreeMap<>();

    public HostHealth(RateLimiter rateLimiter) {
        this(rateLimiter, STOP_AFTER);
    }

    HostHealth(RateLimiter rateLimiter, int stopAfter) {
        this.rateLimiter = rateLimiter;
        this.stopAfter = stopAfter;
    }

    /** What one answer says about its host. */
    public enum Turn {
        /** Nothing changed. */
        AS_BEFORE,
        /** This answer was the last failure the host is allowed: the crawl leaves it alone from now on. */
        STOPPED
    }

    /** Records the status a host answered with (0 for no answer). */
    public synchronized Turn record(String host, int status) {
        if (host == null) return Turn.AS_BEFORE;
        if (status == 429 || status == 503) rateLimiter.slowDown(host);
        else rateLimiter.recover(host);
        boolean failure = status == 0 || status >= 500 || status == 429;
        if (!failure) {
            failuresInARow.remove(host);
            return Turn.AS_BEFORE;
        }
        int run = failuresInARow.merge(host, 1, Integer::sum);
        return run == stopAfter ? Turn.STOPPED : Turn.AS_BEFORE;
    }

    /** Whether the crawl has stopped asking this host; a page it leaves out is counted. */
    public synchronized boolean leavesOut(String host) {
        if (host == null || failuresInARow.getOrDefault(host, 0) < stopAfter) return false;
        notAsked.merge(host, 1, Integer::sum);
        return true;
    }

    /** One line per host the crawl stopped asking, with the pages it left out. */
    public synchronized java.util.List<String> messages() {
        return notAsked.entrySet().stream().map(e -> e.getKey() + " failed " + stopAfter
                + " requests in a row, so govsite stopped asking it: " + e.getValue()
                + (e.getValue() == 1 ? " page was" : " pages were") + " not checked").toList();
    }
}
