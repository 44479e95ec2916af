package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code summary.lowVision}: a report's own word on whether the site has a low-vision version wins over the findings. */
class LowVisionSummaryTest {
    private static final Set<String> PAGES = Set.of("https://www.akorda.kz/ru", "https://www.akorda.kz/kz");

    @Test
    void aReportSayingThereIsNoVersionIsBelievedOverItsFindings() {
        Map<String, Object> extra = Map.of("lowVision", Map.of("available", false));
        assertEquals(Optional.of(new LowVisionSummary(false)), LowVisionSummary.from(extra));
        assertFalse(LowVisionFamily.hasLowVisionVersion(List.of(), PAGES, extra));
    }

    @Test
    void withoutABooleanTheFindingsDecide() {
        Map<String, Object> notBoolean = Map.of("lowVision", Map.of("available", "no"));
        assertTrue(LowVisionSummary.from(notBoolean).isEmpty());
        assertTrue(LowVisionFamily.hasLowVisionVersion(List.of(), PAGES, notBoolean), "no toggle-missing finding");
        assertTrue(LowVisionSummary.from(Map.of("lowvision", Map.of("available", false))).isEmpty(),
                "the documented key is lowVision, not the family's id");
    }
}
