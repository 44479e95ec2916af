package kz.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The SARIF 2.1.0 JSON Schema, shipped in the test resources (see schemas/README.md). */
    static JsonSchema sarifSchema() throws Exception {
        try (InputStream in = SarifReportWriterTest.class.getResourceAsStream("/schemas/sarif-2.1.0-rtm.5.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    @Test
    void validatesAgainstTheSarif210Schema() throws Exception {
        for (Report report : new Report[] {SampleReports.plain(), SampleReports.withBaseline()}) {
            JsonNode sarif = JSON.readTree(SarifReportWriter.toJson(report));
            var errors = sarifSchema().validate(sarif);
            assertEquals(java.util.Set.of(), errors);
        }
    }

    @Test
    void theSchemaCatchesABrokenLog() throws Exception {
        var broken = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(SarifReportWriter.toJson(SampleReports.plain()));
        broken.put("version", "2.0.0");
        assertFalse(sarifSchema().validate(broken).isEmpty(), "the validator really validates");
    }

    @Test
    void locationsArePathsUnderSiteAndTheUrlIsInMessageAndProperties() throws Exception {
        JsonNode run = JSON.readTree(SarifReportWriter.toJson(SampleReports.plain())).path("runs").get(0);
        JsonNode first = run.path("results").get(0);
        assertEquals("axe.link-name", first.path("ruleId").asText());
        assertEquals("error", first.path("level").asText());
        assertEquals("site/index.html",
                first.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
        assertEquals("Links must have discernible text — on http://site.test/ at #logo",
                first.path("message").path("text").asText());
        assertEquals("http://site.test/", first.path("properties").path("url").asText());
        assertEquals(SampleReports.findings().get(0).fingerprint(),
                first.path("partialFingerprints").path("govsite/v1").asText());
        for (JsonNode r : run.path("results")) {
            String uri = r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
            assertTrue(uri.startsWith("site/") && !uri.contains("://"), uri);
        }
        JsonNode rule = run.path("tool").path("driver").path("rules").get(run.path("results").get(0).path("ruleIndex").asInt());
        assertEquals("axe.link-name", rule.path("id").asText());
        assertTrue(rule.path("helpUri").asText().startsWith("https://dequeuniversity.com/rules/axe/4.11/link-name"));
        assertEquals("WCAG 1.1.1", rule.path("properties").path("tags").get(2).asText());
    }

    @Test
    void mapsSeverityToLevelAndPathsToFiles() {
        assertEquals("warning", SarifReportWriter.level(kz.govsite.finding.Severity.MODERATE));
        assertEquals("note", SarifReportWriter.level(kz.govsite.finding.Severity.MINOR));
        assertEquals("site/ru/news.html?page=2", SarifReportWriter.artifactPath("https://e.gov.kz/ru/news.html?page=2"));
        assertEquals("site/kk/index.html", SarifReportWriter.artifactPath("https://e.gov.kz/kk/"));
        assertEquals("site/index.html", SarifReportWriter.artifactPath("https://e.gov.kz"));
    }

    @Test
    void marksBaselineStates() throws Exception {
        JsonNode results = JSON.readTree(SarifReportWriter.toJson(SampleReports.withBaseline())).path("runs").get(0).path("results");
        assertEquals("unchanged", results.get(0).path("baselineState").asText());
        assertEquals("new", results.get(3).path("baselineState").asText());
    }
}
