package kz.govsite.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrontierTest {
    @Test
    void visitsEachPageOnceWithinTheBudget() throws Exception {
        var frontier = new Frontier(2, -1);
        assertTrue(frontier.offer("https://e.kz/ru/", 0));
        assertFalse(frontier.offer("https://e.kz/ru", 1), "same page without the trailing slash");
        assertTrue(frontier.offer("https://e.kz/kk/", 1));
        assertFalse(frontier.offer("https://e.kz/en/", 1), "over maxPages");
        assertEquals("https://e.kz/ru/", frontier.take().orElseThrow().url());
        frontier.finished();
        assertEquals("https://e.kz/kk/", frontier.take().orElseThrow().url());
        frontier.finished();
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
}
