package kz.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import kz.govsite.finding.Finding;
import kz.govsite.finding.FindingJson;
import kz.govsite.finding.Outcome;
import kz.govsite.testing.RecordingProgress;
import org.junit.jupiter.api.Test;

/** An item to review (axe's "needs review") is in every format as such, and fails nothing by default. */
class ReviewItemsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Finding review = SampleReports.contrastToReview();

    @Test
    void itDoesNotFailTheBuildUnlessFailOnReviewIsSet() {
        var byDefault = SampleReports.withReviewItem(false).verdict();
        assertFalse(byDefault.failing().contains(review), "serious, but only to review");
        var strict = SampleReports.withReviewItem(true).verdict();
        assertTrue(strict.failing().contains(review));
    }

    @Test
    void itHasItsOwnIdentityAndSurvivesTheCache() {
        var asFailure = new Finding(review.check(), review.severity(), review.url(), review.selector(), review.message(),
                review.wcag(), review.snippet(), review.helpUrl(), review.evidence());
        assertNotEquals(asFailure.fingerprint(), review.fingerprint(), "a real failure of the element is not hidden by it");
        var back = FindingJson.fromMap(FindingJson.toMap(review));
        assertEquals(Outcome.REVIEW, back.outcome());
        assertEquals(review.fingerprint(), back.fingerprint());
    }

    @Test
    void reportJsonMarksItAndCountsIt() throws Exception {
        JsonNode root = JSON.readTree(JsonReportWriter.toJson(SampleReports.withReviewItem(false)));
        assertEquals(1, root.path("summary").path("review").asInt());
        var outcomes = new ArrayList<String>();
        root.path("findings").forEach(f -> outcomes.add(f.path("outcome").asText()));
        assertEquals(1, outcomes.stream().filter("review"::equals).count(), outcomes.toString());
        assertEquals(outcomes.size() - 1, outcomes.stream().filter("failed"::equals).count());
    }

    @Test
    void sarifGivesItLevelNote() throws Exception {
        JsonNode run = JSON.readTree(SarifReportWriter.toJson(SampleReports.withReviewItem(false))).path("runs").get(0);
        JsonNode result = null;
        for (JsonNode r : run.path("results")) {
            if (r.path("properties").path("outcome").asText().equals("review")) result = r;
        }
        assertEquals("note", result.path("level").asText(), "serious, but to review");
        assertEquals("axe.color-contrast", result.path("ruleId").asText());
    }

    @Test
    void junitListsItWithoutAFailure() {
        var cases = JUnitReportWriter.suites(SampleReports.withReviewItem(false)).values().stream()
                .flatMap(List::stream).toList();
        assertTrue(cases.stream().noneMatch(c -> c.failing().contains(review)));
        assertTrue(cases.stream().anyMatch(c -> c.other().contains(review)));
        assertTrue(JUnitReportWriter.describe(List.of(review)).startsWith("[serious, needs review] axe.color-contrast"));
    }

    @Test
    void htmlShowsItInItsOwnSectionWithAxesReason() {
        String html = HtmlReportWriter.toHtml(SampleReports.withReviewItem(false), ReportText.of("ru"));
        int grouped = html.indexOf("<h2 id=\"grouped\">");
        int reviewSection = html.indexOf("<h2 id=\"review\">Требует проверки человеком</h2>");
        assertTrue(grouped > 0 && reviewSection > grouped, "a section of its own after the findings");
        String failures = html.substring(grouped, reviewSection);
        assertFalse(failures.contains("axe.color-contrast"), "not among the failures");
        String reviewPart = html.substring(reviewSection, html.indexOf("</section>", reviewSection));
        assertTrue(reviewPart.contains(".banner h2"));
        assertTrue(reviewPart.contains("background color could not be determined due to a background image"));
    }

    @Test
    void theConsoleCountsIt() {
        var capture = new RecordingProgress();
        ConsoleReport.print(SampleReports.withReviewItem(false), capture);
        assertTrue(capture.lines().get(0).contains("8 findings (1 of them to review, not counted by failOn)"), capture.lines().get(0));
    }
}
