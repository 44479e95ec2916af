package kz.govsite.check.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code summary.documents}: written with report.json's keys in their order, read back from report.json's JSON. */
class DocumentsSummaryTest {
    private static DocumentsSummary tallied() {
        var tally = new DocumentsTally(3, DocumentOptions.defaults());
        tally.read(new DocumentFacts("https://www.gov.kz/uploads/2024/prikaz-ru.pdf", "pdf", "checked", 120_000, 4,
                "Приказ", "ru", "ru", Map.of("ru", 100), 800, List.of(), "", "", ""), false);
        tally.read(new DocumentFacts("https://www.gov.kz/uploads/2024/buyryq-kz.pdf", "pdf", "encrypted", 90_000, 0,
                "", "", "", Map.of(), 0, List.of(), "", "", ""), true);
        tally.pairs(1, 1, 0);
        return tally.summary();
    }

    @Test
    void writesReportJsonKeysInTheirOrderAndRowsByUrl() {
        var m = tallied().toMap();
        assertEquals(List.of("linked", "checked", "notChecked", "opened", "cached", "byState", "limits", "parity", "list"),
                List.copyOf(m.keySet()));
        assertEquals(List.of("pairs", "complete", "mismatched", "missing", "share"),
                List.copyOf(((Map<?, ?>) m.get("parity")).keySet()));
        assertEquals(0.0, ((Map<?, ?>) m.get("parity")).get("share"));
        var first = (Map<?, ?>) ((List<?>) m.get("list")).get(0);
        assertEquals("https://www.gov.kz/uploads/2024/buyryq-kz.pdf", first.get("url"));
        assertEquals(true, first.get("cached"));
    }

    @Test
    void readsBackWhatItWroteThroughJson() throws Exception {
        var json = new ObjectMapper();
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = json.readValue(json.writeValueAsString(Map.of("documents", tallied().toMap())), Map.class);
        var back = DocumentsSummary.from(parsed).orElseThrow();
        assertEquals(3, back.linked());
        assertEquals(2, back.checked());
        assertEquals(1, back.notChecked());
        assertEquals(1, back.opened());
        assertEquals(1, back.cached());
        assertEquals(2, back.judged(), "one read to the end, one encrypted");
        assertArrayEquals(new int[] {1, 1, 0}, back.parity().counts().orElseThrow());
        assertEquals(0.0, back.parity().share());
        assertEquals(tallied().list().size(), back.list().size());
    }

    @Test
    void aPartialSummaryHasNoPairCountsAndNothingJudged() {
        var partial = DocumentsSummary.from(Map.of("documents", Map.of("parity", Map.of("share", 50.0)))).orElseThrow();
        assertEquals(50.0, partial.parity().share());
        assertTrue(partial.parity().counts().isEmpty());
        assertNull(partial.byState());
        assertEquals(0, partial.judged());
        assertTrue(DocumentsSummary.from(Map.of()).isEmpty());
    }
}
