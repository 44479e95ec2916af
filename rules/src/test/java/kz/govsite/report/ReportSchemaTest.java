package kz.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import kz.govsite.testing.Schemas;
import org.junit.jupiter.api.Test;

class ReportSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySampleReportValidates() throws Exception {
        for (Report report : List.of(SampleReports.plain(), SampleReports.withBaseline(), JsonReportWriterTest.sample())) {
            var doc = JSON.readTree(JsonReportWriter.toJson(report));
            assertEquals(List.of(), Schemas.errors(Schemas.reportJson(), doc));
        }
    }

    @Test
    void theSchemaRejectsWhatItShould() throws Exception {
        var doc = (ObjectNode) JSON.readTree(JsonReportWriter.toJson(SampleReports.plain()));
        ((ObjectNode) doc.path("findings").get(0)).put("severity", "high");
        doc.put("schemaVersion", 2);
        var errors = Schemas.errors(Schemas.reportJson(), doc);
        assertTrue(errors.stream().anyMatch(e -> e.contains("schemaVersion")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("severity")), errors.toString());
        assertFalse(Schemas.errors(Schemas.sarif(), JSON.readTree("{\"version\": \"2.1.0\"}")).isEmpty());
    }
}
