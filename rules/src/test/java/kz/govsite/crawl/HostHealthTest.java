package kz.govsite.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HostHealthTest {
    private final RateLimiter limiter = new RateLimiter(0, Set.of());
    private final HostHealth health = new HostHealth(limiter, 3);

    @Test
    void tooBusyAnswersDoubleThePauseAndGoodAnswersHalveIt() {
        health.record("www.akorda.kz", 503);
        assertEquals(1000, limiter.strainMillis("www.akorda.kz"));
        health.record("www.akorda.kz", 429);
        assertEquals(2000, limiter.strainMillis("www.akorda.kz"));
        assertEquals(0, limiter.strainMillis("www.gov.kz"), "other hosts are not slowed");
        health.record("www.akorda.kz", 200);
        assertEquals(1000, limiter.strainMillis("www.akorda.kz"));
        for (int i = 0; i < 4; i++) health.record("www.akorda.kz", 200);
        assertEquals(0, limiter.strainMillis("www.akorda.kz"));
    }

    @Test
    void thePauseNeverGrowsPastThirtySeconds() {
        for (int i = 0; i < 20; i++) health.record("slow.gov.kz", 503);
        assertEquals(30_000, limiter.strainMillis("slow.gov.kz"));
    }

    @Test
    void aRunOfFailuresStopsTheHostOnceAndCountsWhatIsLeftOut() {
        assertEquals(HostHealth.Turn.AS_BEFORE, health.record("down.gov.kz", 500));
        assertEquals(HostHealth.Turn.AS_BEFORE, health.record("down.gov.kz", 0));
        assertFalse(health.leavesOut("down.gov.kz"));
        assertEquals(HostHealth.Turn.STOPPED, health.record("down.gov.kz", 502));
        assertTrue(health.leavesOut("down.gov.kz"));
        assertTrue(health.leavesOut("down.gov.kz"));
        assertFalse(health.leavesOut("up.gov.kz"));
        assertEquals(List.of("down.gov.kz failed 3 requests in a row, so govsite stopped asking it: 2 pages were not checked"),
                health.messages());
    }

    @Test
    void aMissingPageIsNoFailureOfTheSiteAndASuccessEndsTheRun() {
        health.record("gov.kz", 500);
        health.record("gov.kz", 500);
        health.record("gov.kz", 404);
        health.record("gov.kz", 200);
        health.record("gov.kz", 500);
        health.record("gov.kz", 500);
        assertFalse(health.leavesOut("gov.kz"));
    }
}
