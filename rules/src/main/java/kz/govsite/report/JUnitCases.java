package kz.govsite.report;

import java.util.List;
import java.util.function.Function;
import kz.govsite.finding.Finding;

/**
 * A family's JUnit cases when they are not its pages: the cases known from its summary, and the
 * case each finding belongs to (cases it names that are not listed yet are added after them).
 *
 * @param names  cases in order, even those without findings
 * @param caseOf the name of a finding's case
 */
public record JUnitCases(List<String> names, Function<Finding, String> caseOf) {
    public JUnitCases {
        names = List.copyOf(names);
    }
}
