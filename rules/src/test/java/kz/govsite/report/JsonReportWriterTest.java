package kz.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportWriterTest {
    @TempDir
    Path dir;

    static Report sample() {
        var finding = new Finding("axe.image-alt", Severity.CRITICAL, "https://e.kz/ru/", "img",
                "Images must have alternative text", List.of("1.1.1"), "<img src=\"x\" onerror=\"alert('\\u2028')\">",
                "https://dequeuniversity.com/rules/axe/4.11/image-alt", Map.of("summary", "Fix: add alt"));
        var page = new PageResult("https://e.kz/ru/", 200, "page", "Главная \"страница\"", "ru", 120, 80, "",
                Map.of("lowVision", Map.of("active", true)));
        var pages = List.of(page);
        var findings = List.of(finding);
        return new Report("govsite", "0.1.0", Instant.parse("2026-11-29T00:00:00Z"), 1234, true,
                Map.of("maxPages", 500), Map.of("version", "4.11.1", "rules", List.of("image-alt")), pages,
                List.of("https://e.kz/ru/order.pdf"), findings, List.of(),
                Summary.of(pages, findings, Map.of()), Verdict.of(Optional.of(Severity.SERIOUS), findings), Map.of());
    }

    @Test
    void writesTheDocumentedFieldsAndNoTempFileIsLeft() throws Exception {
        Path file = new JsonReportWriter().write(sample(), dir);
        var json = new ObjectMapper().readTree(file.toFile());
        assertEquals(1, json.path("schemaVersion").asInt());
        assertEquals("govsite", json.path("tool").path("name").asText());
        assertEquals("2026-11-29T00:00:00Z", json.path("startedAt").asText());
        assertTrue(json.path("complete").asBoolean());
        assertEquals("Главная \"страница\"", json.path("pages").get(0).path("title").asText());
        assertTrue(json.path("pages").get(0).path("lowVision").path("active").asBoolean());
        var f = json.path("findings").get(0);
        assertEquals("axe.image-alt", f.path("check").asText());
        assertEquals("critical", f.path("severity").asText());
        assertEquals(sample().findings().get(0).fingerprint(), f.path("fingerprint").asText());
        assertEquals("1.1.1", f.path("wcag").get(0).asText());
        assertEquals(1, json.path("summary").path("bySeverity").path("critical").asInt());
        assertEquals(1, json.path("summary").path("byCheck").path("axe.image-alt").asInt());
        assertTrue(json.path("verdict").path("fails").asBoolean());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("report.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void keepsPageTextAsDataNotMarkup() throws Exception {
        String json = JsonReportWriter.toJson(sample());
        assertTrue(json.contains("onerror=\\\"alert"), "quotes from the page are JSON-escaped");
        assertFalse(json.contains("\"<img src=\"x\""));
    }
}
