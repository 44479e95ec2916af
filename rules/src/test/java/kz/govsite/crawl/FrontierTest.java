package kz.govsite.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrontierTest {
    @Test
    void visitsEachPageOnceWithinTheBudget() throws Exception {
        var frontier = new Frontier(2, -1);
        assertTrue(frontier.offer("https://e.kz/ru/", 0));
        assertFalse(frontier.offer("https://e.kz/ru", 1), "same page without the trailing slash");
        assertTrue(frontier.offer("https://e.kz/kk/", 1));
        assertFalse(frontier.offer("https://e.kz/en/", 1), "over maxPages");
        var ru = frontier.take().orElseThrow();
        assertEquals("https://e.kz/ru/", ru.url());
        frontier.finished(ru, List.of());
        var kk = frontier.take().orElseThrow();
        assertEquals("https://e.kz/kk/", kk.url());
        frontier.finished(kk, List.of());
        assertTrue(frontier.take().isEmpty());
    }

    @Test
    void respectsMaxDepthAndPutsCheckRequestsFirst() throws Exception {
        var frontier = new Frontier(10, 1);
        frontier.offer("https://e.kz/a", 0);
        assertFalse(frontier.offer("https://e.kz/deep", 2));
        frontier.offerFirst("https://e.kz/twin", 1);
        var first = frontier.take().orElseThrow();
        assertEquals("https://e.kz/twin", first.url());
        assertTrue(first.requestedByCheck());
    }

    /**
     * Pages finishing in any order, as with several workers, leave the crawl with the pages (and
     * depths) a single worker accepts, even where maxPages cuts the site off.
     */
    @Test
    void theOrderPagesFinishInDoesNotChangeWhichPagesAreCrawled() throws Exception {
        List<String> oneWorker = crawl(new Random(0), 1);
        assertEquals(12, oneWorker.size());
        for (int seed = 1; seed <= 50; seed++) {
            assertEquals(oneWorker, crawl(new Random(seed), 3), "seed " + seed);
        }
    }

    @Test
    void linksOfAPageWaitForThePagesAcceptedBeforeIt() throws Exception {
        var frontier = new Frontier(10, -1);
        frontier.offer("https://e.kz/", 0);
        var home = frontier.take().orElseThrow();
        frontier.finished(home, List.of(next("/a", 1), next("/b", 1)));
        var a = frontier.take().orElseThrow();
        var b = frontier.take().orElseThrow();
        frontier.finished(b, List.of(next("/from-b", 2)));
        assertFalse(frontier.seen("https://e.kz/from-b"), "b's links wait for a, accepted before b");
        frontier.finished(a, List.of(next("/from-a", 2)));
        assertEquals(List.of("https://e.kz/from-a", "https://e.kz/from-b"),
                List.of(frontier.take().orElseThrow().url(), frontier.take().orElseThrow().url()));
    }

    /**
     * A site where page n links to 3n+1..3n+3 (and back to the start), crawled with up to
     * {@code workers} pages in flight that finish in a random order; returns URL and depth of each.
     */
    private static List<String> crawl(Random random, int workers) throws InterruptedException {
        var frontier = new Frontier(12, -1);
        frontier.offer("https://e.kz/p/0", 0);
        var accepted = new ArrayList<String>();
        var inFlight = new ArrayList<Frontier.Entry>();
        while (true) {
            while (inFlight.size() < workers) {
                var entry = frontier.takeIfReady();
                if (entry.isEmpty()) break;
                inFlight.add(entry.get());
                accepted.add(entry.get().url() + " @" + entry.get().depth());
            }
            if (inFlight.isEmpty()) break;
            var done = inFlight.remove(random.nextInt(inFlight.size()));
            int n = Integer.parseInt(done.url().substring(done.url().lastIndexOf('/') + 1));
            var next = new ArrayList<Frontier.Next>();
            for (int k = 1; k <= 3; k++) next.add(next("/p/" + (3 * n + k), done.depth() + 1));
            next.add(next("/p/0", done.depth() + 1));
            frontier.finished(done, next);
        }
        accepted.sort(null);
        return accepted;
    }

    private static Frontier.Next next(String path, int depth) {
        return new Frontier.Next("https://e.kz" + path, depth, false);
    }
}
