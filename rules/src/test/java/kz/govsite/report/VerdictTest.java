package kz.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import org.junit.jupiter.api.Test;

class VerdictTest {
    private static final List<Finding> FINDINGS = List.of(
            Finding.onPage("axe.image-alt", Severity.CRITICAL, "https://e.kz/", "m"),
            Finding.onPage("axe.color-contrast", Severity.SERIOUS, "https://e.kz/", "m"),
            Finding.onPage("axe.region", Severity.MODERATE, "https://e.kz/", "m"));

    @Test
    void failsOnFindingsAtOrAboveTheThreshold() {
        var verdict = Verdict.of(Optional.of(Severity.SERIOUS), FINDINGS);
        assertTrue(verdict.fails());
        assertEquals("2 findings at or above serious (1 critical, 1 serious)", verdict.summary());
    }

    @Test
    void passesWhenNothingReachesIt() {
        var verdict = Verdict.of(Optional.of(Severity.CRITICAL), FINDINGS.subList(1, 3));
        assertFalse(verdict.fails());
        assertEquals("passed: no finding at or above critical", verdict.summary());
    }

    @Test
    void noneNeverFails() {
        var verdict = Verdict.of(Optional.empty(), FINDINGS);
        assertFalse(verdict.fails());
        assertEquals("passed: failOn is none, so no finding fails the build", verdict.summary());
    }

    @Test
    void minorCountsEverything() {
        assertEquals(3, Verdict.of(Optional.of(Severity.MINOR), FINDINGS).failing().size());
    }
}
