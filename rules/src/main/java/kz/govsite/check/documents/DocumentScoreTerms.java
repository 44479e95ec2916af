package kz.govsite.check.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.govsite.report.Report;
import kz.govsite.report.ScoreFacts;
import kz.govsite.report.ScoreTerms;

/**
 * What the documents add to the audit's scores: their accessibility findings, per document judged,
 * to the accessibility score; their pairs to the parity score.
 */
final class DocumentScoreTerms {
    /** Findings that are not about a document's accessibility: its links, pairs and limits. */
    static final Set<String> NOT_ACCESSIBILITY = Set.of(DocumentFindings.WRONG_LANGUAGE,
            DocumentFindings.MISSING_COUNTERPART, DocumentFindings.NUMBERS_MISMATCH, DocumentFindings.HTTP_ERROR,
            DocumentFindings.TOO_LARGE, DocumentFindings.TIMEOUT);

    private DocumentScoreTerms() {
    }

    static List<ScoreTerms> of(Report report) {
        Optional<DocumentsSummary> summary = DocumentsSummary.from(report.summary().extra());
        var accessibility = new LinkedHashMap<String, Integer>();
        // Documents read to the end or unreadable to everyone: those whose accessibility is known.
        accessibility.put("documents", summary.map(DocumentsSummary::judged).orElse(0));
        accessibility.putAll(ScoreFacts.accessibilityCost(report,
                id -> id.startsWith(DocumentsFamily.ID + ".") && !NOT_ACCESSIBILITY.contains(id)));
        return List.of(new ScoreTerms(ScoreTerms.ACCESSIBILITY, accessibility),
                new ScoreTerms(ScoreTerms.PARITY, parity(report, summary)));
    }

    /**
     * P pairs and A documents without a counterpart are 2P + A documents, 2P less those in the wrong
     * language filled, and both documents of a pair whose numbers differ mismatched.
     */
    private static LinkedHashMap<String, Integer> parity(Report report, Optional<DocumentsSummary> summary) {
        int documents = 0;
        int filled = 0;
        int mismatched = 0;
        var pairs = summary.map(DocumentsSummary::parity).flatMap(DocumentsSummary.Parity::counts);
        if (pairs.isPresent()) {
            int[] d = pairs.get();
            int wrong = ScoreFacts.urlsWith(report, DocumentFindings.WRONG_LANGUAGE::equals).size();
            documents = 2 * d[0] + d[2];
            filled = Math.max(0, 2 * d[0] - wrong);
            mismatched = Math.min(2 * d[1], filled);
        }
        var out = new LinkedHashMap<String, Integer>();
        out.put("documents", documents);
        out.put("documentsFilled", filled);
        out.put("documentsMismatched", mismatched);
        return out;
    }
}
