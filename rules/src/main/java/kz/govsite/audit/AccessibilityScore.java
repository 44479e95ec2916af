package kz.govsite.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.govsite.check.axe.AxeFamily;
import kz.govsite.check.documents.DocumentsFamily;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;

/**
 * The accessibility score: axe findings weighted by severity and normalised per page, and the
 * documents' accessibility findings normalised per document alike.
 *
 * <p>Each axe rule a page breaks costs the page the weight of its worst finding there (critical 10,
 * serious 5, moderate 2, minor 1), however many elements break it: one defect in a shared header
 * repeated on 40 elements is still one defect to fix. Each documents rule a document breaks costs
 * the document the same way. With D the total cost over the checked pages and the judged documents,
 * the score is {@code 100 * 10 / (10 + D)}: 100 with no finding, 50 when every page breaks one
 * critical rule, and never exactly 0, so very bad sites still rank among themselves.
 */
final class AccessibilityScore {
    static final double HALF_AT = 10.0;

    private AccessibilityScore() {
    }

    static int weight(Severity severity) {
        return switch (severity) {
            case CRITICAL -> 10;
            case SERIOUS -> 5;
            case MODERATE -> 2;
            case MINOR -> 1;
        };
    }

    /** Documents findings that are not about the document's accessibility: its links, pairs and limits. */
    static final java.util.Set<String> NOT_DOCUMENT_ACCESSIBILITY = java.util.Set.of("documents.wrong-language",
            "documents.missing-counterpart", "documents.numbers-mismatch", "documents.http-error",
            "documents.too-large", "documents.timeout");

    static boolean counts(String id, boolean axe) {
        if (id.startsWith("axe.")) return axe;
        return id.startsWith("documents.") && !NOT_DOCUMENT_ACCESSIBILITY.contains(id);
    }

    static Score of(ScoreInputs in) {
        boolean axe = in.ran(AxeFamily.ID);
        int documents = in.ran(DocumentsFamily.ID) ? in.documentsJudged() : 0;
        if (!axe && documents == 0) return Score.notApplicable(ScoreKind.ACCESSIBILITY, "axe did not run");
        int pages = axe ? in.pages().size() : 0;
        if (pages + documents == 0) return Score.notApplicable(ScoreKind.ACCESSIBILITY, "no page was checked");
        Map<String, Map<String, List<Finding>>> byPage = in.byUrlAndCheck(id -> counts(id, axe));
        int cost = 0;
        int rules = 0;
        for (Map<String, List<Finding>> onPage : byPage.values()) {
            for (List<Finding> findings : onPage.values()) {
                Severity worst = findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
                cost += weight(worst);
                rules++;
            }
        }
        double perPage = (double) cost / (pages + documents);
        var basis = new LinkedHashMap<String, Number>();
        basis.put("pages", pages);
        if (in.ran(DocumentsFamily.ID)) basis.put("documents", documents);
        basis.put("rulesBroken", rules);
        basis.put("cost", cost);
        basis.put("costPerPage", Math.round(perPage * 100) / 100.0);
        return Score.of(ScoreKind.ACCESSIBILITY, 100 * HALF_AT / (HALF_AT + perPage), basis);
    }
}
