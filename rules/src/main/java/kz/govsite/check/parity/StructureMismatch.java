package kz.govsite.check.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;

/**
 * Flags a version that is thinner than its twin beyond tolerance: fewer text blocks, words,
 * numbers, tables, images, documents or forms, and then also fewer sections or list items,
 * reported on the thinner page ("kk has 12 of 80 text blocks, 6 of 40 h3 sections").
 */
final class StructureMismatch {
    static final String ID = "parity.structure-mismatch";

    List<Finding> inspect(PairOfPages pair) {
        var out = new ArrayList<Finding>();
        check(pair.kk(), pair.ru(), out);
        check(pair.ru(), pair.kk(), out);
        return out;
    }

    private static void check(PageFacts page, PageFacts twin, List<Finding> out) {
        List<String> lacks = page.structure().lacks(twin.structure());
        if (lacks.isEmpty()) return;
        out.add(Finding.onPage(ID, Severity.MODERATE, page.url(), page.lang() + " has " + String.join(", ", lacks)
                + " of the " + twin.lang() + " version " + twin.url()).withEvidence(Map.of("twin", twin.url()))
                .withText(ID, "language", page.lang(), "twinLanguage", twin.lang(), "twin", twin.url(),
                        "lacks", String.join(", ", page.structure().lackedCounts(twin.structure()))));
    }
}
