package kz.govsite.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Whether the audit fails the build: only by the rules configured, never by default.
 *
 * @param failBelow   sites whose overall score is below this fail the audit, or empty
 * @param failOnError whether a site that could not be audited fails it
 * @param reasons     one line per site that breaks a rule, lowest first
 */
public record AuditVerdict(OptionalDouble failBelow, boolean failOnError, List<String> reasons) {
    public AuditVerdict {
        reasons = List.copyOf(reasons);
    }

    static AuditVerdict of(List<RankedSite> ranking, OptionalDouble failBelow, boolean failOnError) {
        var reasons = new ArrayList<String>();
        for (RankedSite s : ranking) {
            Double overall = s.result().score(ScoreKind.OVERALL);
            if (failBelow.isPresent() && overall != null && overall < failBelow.getAsDouble()) {
                reasons.add(s.id() + " scores " + overall + " overall, below " + number(failBelow.getAsDouble()));
            }
            if (failOnError && !s.result().isScored()) {
                reasons.add(s.id() + " could not be audited: " + s.result().error());
            }
        }
        return new AuditVerdict(failBelow, failOnError, reasons);
    }

    public boolean fails() {
        return !reasons.isEmpty();
    }

    /** One line for the build log. */
    public String summary() {
        if (failBelow.isEmpty() && !failOnError) return "passed: no failing rule is configured (govsite.auditFailBelow)";
        if (reasons.isEmpty()) {
            return "passed: " + (failBelow.isPresent() ? "no site below " + number(failBelow.getAsDouble()) + " overall"
                    : "every site was audited");
        }
        return reasons.size() + (reasons.size() == 1 ? " site fails" : " sites fail") + " the audit: "
                + String.join("; ", reasons);
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
