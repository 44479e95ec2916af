package kz.govsite.check.parity;

import java.util.Map;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;

/** Flags a page whose twin in the other language does not exist, whatever the server pretends. */
final class MissingCounterpart {
    static final String ID = "parity.missing-counterpart";

    Finding finding(PageFacts page, Twin twin, TwinState state) {
        String status = state.resolution().result() == null ? "" : String.valueOf(state.resolution().result().status());
        return Finding.onPage(ID, Severity.SERIOUS, page.url(), "no " + twin.language() + " version: its "
                        + twin.language() + " twin " + twin.url() + " (found by " + twin.via() + ") " + state.reason())
                .withEvidence(Map.of("twin", twin.url(), "via", twin.via(), "reason", state.reason(), "status", status));
    }
}
