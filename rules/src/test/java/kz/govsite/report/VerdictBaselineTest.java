package kz.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import kz.govsite.Thresholds;
import kz.govsite.finding.Baseline;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import org.junit.jupiter.api.Test;

class VerdictBaselineTest {
    private static final Finding OLD = Finding.onPage("axe.image-alt", Severity.CRITICAL, "https://e.kz/a", "m");
    private static final Finding GONE = Finding.onPage("axe.region", Severity.MODERATE, "https://e.kz/a", "m");
    private static final Finding NEW = Finding.onPage("axe.button-name", Severity.CRITICAL, "https://e.kz/a", "m");
    private static final Optional<Severity> SERIOUS = Optional.of(Severity.SERIOUS);
    private static final Baseline BASELINE = Baseline.of(List.of(OLD, GONE), Instant.EPOCH);

    @Test
    void knownFindingsDoNotFailAndFixedOnesAreCounted() {
        var c = BASELINE.compare(List.of(OLD), Set.of("https://e.kz/a"));
        var v = Verdict.decide(SERIOUS, List.of(OLD), Optional.of(c), List.of(), List.of());
        assertFalse(v.fails());
        assertEquals("passed: no new finding at or above serious; baseline: 0 new, 1 known, 1 fixed since baseline",
                v.summary());
    }

    @Test
    void aNewFindingFailsAndIsNamedAsNew() {
        var c = BASELINE.compare(List.of(OLD, GONE, NEW), Set.of("https://e.kz/a"));
        var v = Verdict.decide(SERIOUS, List.of(OLD, GONE, NEW), Optional.of(c), List.of(), List.of());
        assertTrue(v.fails());
        assertEquals(List.of(NEW), v.failing());
        assertEquals("1 new finding at or above serious (1 critical); baseline: 1 new, 2 known, 0 fixed since baseline",
                v.summary());
    }

    @Test
    void aBreachedLimitFailsEvenWhenNoFindingReachesFailOn() {
        var v = Verdict.decide(Optional.empty(), List.of(GONE), Optional.empty(),
                List.of("axe: 1 finding, more than maxFindings.axe=0"), List.of());
        assertTrue(v.fails());
        assertEquals("axe: 1 finding, more than maxFindings.axe=0", v.summary());
    }

    @Test
    void maxFindingsCountsAFamilyAndWithABaselineOnlyItsNewFindings() {
        var limits = new Thresholds(Map.of("axe", 1, "parity", 0), OptionalDouble.empty());
        var e = Limits.evaluate(limits, Map.of(), false, List.of(OLD, NEW), List.of(OLD, NEW), Set.of(), Set.of("axe"), Map.of());
        assertEquals(List.of("axe: 2 findings, more than maxFindings.axe=1"), e.breaches());
        var withBaseline = Limits.evaluate(limits, Map.of(), true, List.of(NEW), List.of(OLD, NEW), Set.of(), Set.of("axe"), Map.of());
        assertEquals(List.of(), withBaseline.breaches());
    }

    @Test
    void minParityShareReadsTheParitySummaryOrSaysItCouldNot() {
        var limits = new Thresholds(Map.of(), OptionalDouble.of(100));
        var low = Limits.evaluate(limits, Map.of(), false, List.of(), List.of(), Set.of(), Set.of("parity"),
                Map.of("parity", Map.of("share", 87.5)));
        assertEquals(List.of("parity share 87.5% is below minParityShare=100%"), low.breaches());
        var full = Limits.evaluate(limits, Map.of(), false, List.of(), List.of(), Set.of(), Set.of("parity"),
                Map.of("parity", Map.of("share", 100)));
        assertEquals(List.of(), full.breaches());
        var parityCheck = Limits.evaluate(limits, Map.of(), false, List.of(), List.of(), Set.of(), Set.of("parity"),
                Map.of("parity", Map.of("filledPercent", Map.of("kk", 80.0, "ru", 100.0, "all", 90.0))));
        assertEquals(List.of("parity share 90% is below minParityShare=100%"), parityCheck.breaches());
        var unknown = Limits.evaluate(limits, Map.of(), false, List.of(), List.of(), Set.of(), Set.of("axe"), Map.of());
        assertEquals(List.of(), unknown.breaches());
        assertEquals(List.of("minParityShare not evaluated: this run recorded no parity share (is the parity check on?)"),
                unknown.notes());
    }

    @Test
    void lowVisionRequiredFailsOnlyWhenNoCheckedPageHasTheControl() {
        var none = List.of(Finding.onPage("lowvision.toggle-missing", Severity.SERIOUS, "https://e.kz/a", "m"),
                Finding.onPage("lowvision.toggle-missing", Severity.SERIOUS, "https://e.kz/b", "m"));
        var pages = Set.of("https://e.kz/a", "https://e.kz/b");
        var e = Limits.evaluate(Thresholds.none(), Map.of("govsite.lowVision.required", "true"), false, none, none, pages, Set.of("lowvision"), Map.of());
        assertEquals(List.of("the site has no low-vision version: no checked page offers a control to switch it on "
                + "(lowVision.required)"), e.breaches());
        var some = Limits.evaluate(Thresholds.none(), Map.of("govsite.lowVision.required", "true"), false, none.subList(0, 1), none.subList(0, 1), pages,
                Set.of("lowvision"), Map.of());
        assertEquals(List.of(), some.breaches());
        var notRun = Limits.evaluate(Thresholds.none(), Map.of("govsite.lowVision.required", "true"), false, none, none, pages, Set.of("axe"), Map.of());
        assertEquals(List.of("lowVision.required not evaluated: the lowvision check did not run"), notRun.notes());
    }
}
