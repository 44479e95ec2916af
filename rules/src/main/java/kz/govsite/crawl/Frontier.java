package kz.govsite.crawl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The URLs still to visit, shared by all workers: breadth first, each page once, at most
 * {@code maxPages} pages. A worker that finds the frontier empty waits while other workers may still
 * add links; the crawl is over when nothing is queued and nothing is in flight.
 */
public final class Frontier {
    /**
     * A URL to visit, how many link hops it lies from a start URL, and whether a check asked for it
     * (a language twin) rather than a link leading to it.
     */
    public record Entry(String url, int depth, boolean requestedByCheck) {
    }

    private final Deque<Entry> queue = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private final int maxPages;
    private final int maxDepth;
    private int accepted;
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
        accepted++;
        queue.addLast(new Entry(url, depth, false));
        notifyAll();
        return true;
    }

    /** Queues a URL that a check needs (a language twin) ahead of ordinary links, within the budget. */
    public synchronized boolean offerFirst(String url, int depth) {
        if (closed) return false;
        String key = UrlNormalizer.pageKey(url);
        if (seen.contains(key) || accepted >= maxPages) return false;
        seen.add(key);
        accepted++;
        queue.addFirst(new Entry(url, depth, true));
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

    /** Marks an entry from {@link #take()} as finished. */
    public synchronized void finished() {
        inFlight--;
        done++;
        notifyAll();
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
