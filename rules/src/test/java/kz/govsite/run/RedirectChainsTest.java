package kz.govsite.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedirectChainsTest {
    @Test
    void followsAChainAndStopsAtALoopNamingEveryHop() {
        var chains = new RedirectChains();
        assertEquals(Optional.empty(), chains.stop("https://e.kz/a", "https://e.kz/b"));
        assertEquals(Optional.empty(), chains.stop("https://e.kz/b", "https://e.kz/c/"));
        assertEquals(Optional.of("redirects in a loop: https://e.kz/a → https://e.kz/b → https://e.kz/c/ → https://e.kz/a"),
                chains.stop("https://e.kz/c", "https://e.kz/a"), "a trailing slash is the same page");
        assertEquals("https://e.kz/a", chains.start("https://e.kz/c/"));
    }

    @Test
    void stopsAnEndlessChainAfterTenHops() {
        var chains = new RedirectChains();
        for (int n = 0; n < RedirectChains.MAX_HOPS; n++) {
            assertEquals(Optional.empty(), chains.stop("https://e.kz/r?n=" + n, "https://e.kz/r?n=" + (n + 1)), "hop " + n);
        }
        assertEquals(Optional.of("redirects more than 10 times: https://e.kz/r?n=0 → https://e.kz/r?n=1 → https://e.kz/r?n=2"
                        + " → … → https://e.kz/r?n=11; the rest is not followed"),
                chains.stop("https://e.kz/r?n=10", "https://e.kz/r?n=11"));
        assertEquals("https://e.kz/r?n=0", chains.start("https://e.kz/r?n=10"));
    }

    @Test
    void aPageReachedByLinksStartsItsOwnChain() {
        assertEquals("https://e.kz/x", new RedirectChains().start("https://e.kz/x"));
    }
}
