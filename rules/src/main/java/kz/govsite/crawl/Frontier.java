package kz.govsite.crawl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The URLs still to visit, shared by all workers: breadth first, each page once, at most
 * {@code maxPages} pages. A worker that finds the frontier empty waits while other workers may still
 * add links; the crawl is over when nothing is queued and nothing is in flight.
 *
 * <p>Which pages make the crawl does not depend on how many workers there are or which finishes
 * first: the links of a finished page are taken in only after those of every page accepted before
 * it, so the pages accepted, their depths and the point where {@code maxPages} cuts are those of a
 * crawl by one worker.
 */
public final class Frontier {
    /**
     * A URL to visit, how many link hops it lies from a start URL, and whether a check asked for it
     * (a language twin) rather than a link leading to it.
     */
    public record Entry(String url, int depth, boolean requestedByCheck, int ordinal) {
        /** An entry outside any frontier's order (tests, single visits). */
        public Entry(String url, int depth, boolean requestedByCheck) {
            this(url, depth, requestedByCheck, -1);
        }
    }

    /** A URL a finished page leads to; {@code first} puts it ahead of ordinary links (a language twin). */
    public record Next(String url, int depth, boolean first) {
    }

    private final Deque<Entry> queue = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private final int maxPages;
    private final int maxDepth;
    private int accepted;
    /** Links of finished pages waiting for the pages accepted before them, by the ordinal of their page. */
    private final Map<Integer, List<Next>> waiting = new HashMap<>();
    private int nextToRelease;
    private int inFlight;
    private int done;
    private boolean closed;

    public Frontier(int maxPages, int maxDepth) {
        this.maxPages = maxPages;
        this.maxDepth = maxDepth;
    }

    /** Queues a normalised URL unless it was seen, is too deep, or the page budget is spent. */
    public synchronized boolean offer(String url, int depth) {
        if (closed || maxDepth >= 0 && depth > maxDepth) return false;
        String key = UrlNormalizer.pageKey(url);
        if (seen.contains(key) || accepted >= maxPages) return false;
        seen.add(key);
        queue.addLast(new Entry(url, depth, false, accepted++));
        notifyAll();
        return true;
    }

    /** Queues a URL that a check needs (a language twin) ahead of ordinary links, within the budget. */
    public synchronized boolean offerFirst(String url, int depth) {
        if (closed) return false;
        String key = UrlNormalizer.pageKey(url);
        if (seen.contains(key) || accepted >= maxPages) return false;
        seen.add(key);
        queue.addFirst(new Entry(url, depth, true, accepted++));
        notifyAll();
        return true;
    }

    /** Whether this URL was already queued or visited. */
    public synchronized boolean seen(String url) {
        return seen.contains(UrlNormalizer.pageKey(url));
    }

    /** The next URL, waiting while others are in flight; empty when the crawl is over. */
    public synchronized Optional<Entry> take() throws InterruptedException {
        while (queue.isEmpty() && inFlight > 0 && !closed) {
            wait();
        }
        if (queue.isEmpty() || closed) return Optional.empty();
        inFlight++;
        return Optional.of(queue.removeFirst());
    }

    /** The next URL if one is queued now, without waiting (for callers that schedule visits themselves). */
    synchronized Optional<Entry> takeIfReady() {
        if (queue.isEmpty() || closed) return Optional.empty();
        inFlight++;
        return Optional.of(queue.removeFirst());
    }

    /**
     * Marks an entry from {@link #take()} as finished, with the URLs its page leads to (in page
     * order); they are offered once every entry accepted before this one has finished.
     */
    public synchronized void finished(Entry entry, List<Next> next) {
        if (entry.ordinal() < 0) {
            next.forEach(this::offer);
        } else {
            waiting.put(entry.ordinal(), next);
            List<Next> ready;
            while ((ready = waiting.remove(nextToRelease)) != null) {
                ready.forEach(this::offer);
                nextToRelease++;
            }
        }
        inFlight--;
        done++;
        notifyAll();
    }

    private void offer(Next next) {
        if (next.first()) offerFirst(next.url(), next.depth());
        else offer(next.url(), next.depth());
    }

    /** Stops handing out URLs (an interrupted run). */
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    public synchronized int done() {
        return done;
    }

    /** Pages accepted so far: visited, in flight and queued. */
    public synchronized int accepted() {
        return accepted;
    }
}
