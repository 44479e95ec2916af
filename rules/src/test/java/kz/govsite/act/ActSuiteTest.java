package kz.govsite.act;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The W3C's scoring, case by case. */
class ActSuiteTest {
    private static final ActSuite.Rule RULE = new ActSuite.Rule("23a2a8", "Image has non-empty accessible name",
            List.of("axe.image-alt"), Map.of());
    private static final ActSuite.Case PASSED = new ActSuite.Case("p.html", "23a2a8", "passed", "html", "Passed Example 1");
    private static final ActSuite.Case FAILED = new ActSuite.Case("f.html", "23a2a8", "failed", "html", "Failed Example 1");
    private static final ActSuite.Case FAILED2 = new ActSuite.Case("g.html", "23a2a8", "failed", "html", "Failed Example 2");
    private static final ActSuite.Case NONE = new ActSuite.Case("i.svg", "23a2a8", "inapplicable", "svg", "Inapplicable Example 1");
    private static final List<ActSuite.Case> CASES = List.of(PASSED, FAILED, FAILED2, NONE);

    private static ActSuite.Level level(String passed, String failed, String failed2, String none) {
        return ActSuite.score(RULE, CASES, Map.of(PASSED, passed, FAILED, failed, FAILED2, failed2, NONE, none)).level();
    }

    @Test
    void everyFailedExampleFailedAndNothingElseIsConsistent() {
        assertEquals(ActSuite.Level.CONSISTENT, level("passed", "failed", "failed", "inapplicable"));
        assertEquals(ActSuite.Level.CONSISTENT, level("cantTell", "failed", "failed", "passed"));
        assertEquals(ActSuite.Level.CONSISTENT, level("passed", "failed", "cantTell", "inapplicable"));
    }

    @Test
    void aFalsePositiveOrAMissedFailureIsInconsistent() {
        assertEquals(ActSuite.Level.INCONSISTENT, level("failed", "failed", "failed", "inapplicable"));
        assertEquals(ActSuite.Level.INCONSISTENT, level("passed", "failed", "passed", "inapplicable"));
    }

    @Test
    void onlyCantTellOnFailedExamplesOrAnUntestedCaseIsPartial() {
        assertEquals(ActSuite.Level.PARTIAL, level("passed", "cantTell", "cantTell", "inapplicable"));
        assertEquals(ActSuite.Level.PARTIAL, level("untested", "failed", "failed", "inapplicable"));
    }
}
