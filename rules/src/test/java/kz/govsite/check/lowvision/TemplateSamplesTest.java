package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kz.govsite.finding.Finding;
import org.junit.jupiter.api.Test;

class TemplateSamplesTest {
    private static final String T = "https://gov.kz nav.bvi abc";

    private static TemplateSamples.Proof notPersistent(String url) {
        return new TemplateSamples.Proof(url, List.of(LowVisionFindings.notPersistent(url, url + "next")),
                Map.of("returnControl", "button.off", "returnRestores", true, "persistent", false));
    }

    @Test
    void carriesOnlyOnceEnoughSamplesAgree() {
        var samples = new TemplateSamples();
        assertTrue(samples.proof(T).isEmpty());
        for (int i = 1; i <= TemplateSamples.PER_TEMPLATE; i++) {
            assertTrue(samples.proof(T).isEmpty(), "no proof after " + (i - 1) + " samples");
            assertTrue(samples.add(T, notPersistent("https://gov.kz/kz/" + i)));
        }
        var carried = samples.proof(T).orElseThrow().carriedTo("https://gov.kz/kz/news/7", true);
        assertEquals(1, carried.size());
        Finding f = carried.get(0);
        assertEquals(LowVisionFindings.NOT_PERSISTENT, f.check());
        assertEquals("https://gov.kz/kz/news/7", f.url());
        assertEquals("https://gov.kz/kz/1", f.evidence().get("provedOn"));
        // The same identity as the page's own finding would have: baselines keep matching.
        assertEquals(LowVisionFindings.notPersistent("https://gov.kz/kz/news/7", "x").fingerprint(), f.fingerprint());
        assertTrue(samples.proof(T).orElseThrow().carriedTo("https://gov.kz/kz/leaf", false).isEmpty(),
                "persistence is not judged on a page without a next page");
    }

    @Test
    void samplesThatDisagreeMakeEveryPageOfTheTemplateCheckedInFull() {
        var samples = new TemplateSamples();
        assertTrue(samples.add(T, notPersistent("https://gov.kz/kz/1")));
        assertFalse(samples.add(T, new TemplateSamples.Proof("https://gov.kz/kz/2", List.of(),
                Map.of("returnControl", "button.off", "returnRestores", true, "persistent", true))));
        for (int i = 3; i < 6; i++) samples.add(T, notPersistent("https://gov.kz/kz/" + i));
        assertTrue(samples.proof(T).isEmpty());
    }
}
