package kz.govsite.check.parity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code summary.parity}: written with report.json's keys in their order, read back from report.json's JSON. */
class ParitySummaryTest {
    private static final String RU = "https://akorda.kz/ru/about";
    private static final String KK = "https://akorda.kz/kz/about";

    private static ParitySummary tallied() {
        var tally = new ParityTally();
        tally.languages(List.of("kk", "ru"));
        tally.page("ru", true);
        tally.page("kk", true);
        tally.page("ru", false);
        tally.unpaired();
        tally.row("https://akorda.kz/ru/press", "", "no twin found", Map.of());
        tally.missing();
        tally.row("https://akorda.kz/ru/a-news", "https://akorda.kz/kz/a-news", "missing",
                kz.govsite.internal.Maps.ordered("found", "switcher", "reason", "404"));
        return tally.summary();
    }

    @Test
    void writesReportJsonKeysInTheirOrderAndPairsByPage() {
        var m = tallied().toMap();
        assertEquals(List.of("share", "verdict", "pages", "filled", "filledPercent", "pairsFound", "pairsComplete",
                "missingCounterparts", "unpaired", "unchecked", "pairs"), List.copyOf(m.keySet()));
        assertEquals(66.7, m.get("share"));
        assertEquals(List.of("kk", "ru", "all"), List.copyOf(((Map<?, ?>) m.get("filledPercent")).keySet()));
        var pairs = (List<?>) m.get("pairs");
        assertEquals(List.of("page", "twin", "status", "found", "reason"), List.copyOf(((Map<?, ?>) pairs.get(0)).keySet()));
        assertEquals("https://akorda.kz/ru/a-news", ((Map<?, ?>) pairs.get(0)).get("page"));
    }

    @Test
    void readsBackWhatItWroteThroughJson() throws Exception {
        var json = new ObjectMapper();
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = json.readValue(json.writeValueAsString(Map.of("parity", tallied().toMap())), Map.class);
        var back = ParitySummary.from(parsed).orElseThrow();
        var written = tallied();
        assertEquals(written.share(), back.share());
        assertEquals(written.verdict(), back.verdict());
        assertEquals(written.pages(), back.pages());
        assertEquals(written.missingCounterparts(), back.missingCounterparts());
        assertEquals(written.pairs().stream().map(Pair::label).toList(), back.pairs().stream().map(Pair::label).toList());
        assertEquals("404", back.pairs().get(0).facts().get("reason"));
        assertArrayEquals(new int[] {3, 2}, back.counts().orElseThrow());
    }

    @Test
    void readsAnOlderReportWithoutShareOrCounts() {
        Map<String, Object> extra = Map.of("parity", Map.of("filledPercent", Map.of("all", 40.0),
                "pairs", List.of(Map.of("ru", RU, "kk", KK, "status", "complete"))));
        var old = ParitySummary.from(extra).orElseThrow();
        assertEquals(40.0, old.share());
        assertNull(old.verdict());
        assertTrue(old.counts().isEmpty(), "no page counts: the score derives them from pages");
        assertEquals(RU + " <-> " + KK, old.pairs().get(0).label());
    }

    @Test
    void noSummaryWhenTheCheckDidNotRun() {
        assertTrue(ParitySummary.from(Map.of("documents", Map.of())).isEmpty());
    }
}
