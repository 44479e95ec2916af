package kz.govsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import kz.govsite.GovsiteConfig;
import kz.govsite.InvalidConfigException;
import kz.govsite.check.axe.AxeCheck;
import kz.govsite.check.lowvision.LowVisionCheck;
import org.junit.jupiter.api.Test;

/** The families are one list: their order, what a run of some of them gets, and how a further one is added. */
class FamiliesTest {
    /** A family with no checks, for registration only. */
    record Named(String id) implements CheckFamily {
        @Override
        public void addChecks(FamilySetup setup, CheckSink checks) {
        }
    }

    private static GovsiteConfig.Builder site() {
        return GovsiteConfig.builder().startUrls(List.of("http://site.test/"));
    }

    @Test
    void builtInFamiliesAreListedOnceInTheOrderOfTheirChecksAndReportParts() {
        assertEquals(List.of("axe", "language", "parity", "lowvision", "documents"), List.copyOf(Families.builtInIds()));
        assertEquals(Families.builtInIds(), site().build().checks(), "a run runs every built-in family by default");
    }

    @Test
    void axeRunsBeforeTheLowVisionModeIsSwitchedOn() {
        var live = CheckRegistry.forConfig(site().checks(Set.of("lowvision", "axe")).build()).live();
        assertEquals(2, live.size());
        assertTrue(live.get(0) instanceof AxeCheck && live.get(1) instanceof LowVisionCheck, live.toString());
    }

    @Test
    void onlyTheFamiliesThatRunAddChecks() {
        var checks = CheckRegistry.forConfig(site().checks(Set.of("axe")).build());
        assertEquals(List.of("axe"), checks.live().stream().map(Check::family).toList());
        assertTrue(checks.site().isEmpty() && checks.page().isEmpty(), "no language model is loaded for axe alone");
        assertTrue(checks.axe().isPresent() && checks.preloadsAxe());
    }

    @Test
    void theLowVisionContrastRunsNeedAxeInThePagesEvenWithoutTheAxeFamily() {
        var checks = CheckRegistry.forConfig(site().checks(Set.of("lowvision")).build());
        assertTrue(checks.preloadsAxe());
        assertTrue(checks.axe().isEmpty());
    }

    @Test
    void aFurtherFamilyIsKnownToItsRunOnlyAndRunsOnlyWhenNamed() {
        var config = site().family(new Named("contacts")).build();
        assertEquals(6, config.families().size());
        assertFalse(config.runs("contacts"));
        var named = site().family(new Named("contacts")).checks(Set.of("contacts")).build();
        assertEquals(List.of("contacts"), named.familiesRun().stream().map(CheckFamily::id).toList());
        var e = assertThrows(InvalidConfigException.class, () -> site().checks(Set.of("contacts")).build());
        assertEquals("govsite.checks: unknown check 'contacts': known checks are axe, documents, language, lowvision, parity",
                e.getMessage());
    }

    @Test
    void aFamilyCannotTakeAnIdThatIsTaken() {
        var e = assertThrows(IllegalArgumentException.class, () -> site().family(new Named("parity")).build());
        assertEquals("a check family 'parity' is already registered", e.getMessage());
    }
}
