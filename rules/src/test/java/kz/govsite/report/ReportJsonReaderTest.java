package kz.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsBackWhatTheJsonWriterWrote() throws Exception {
        for (Report original : List.of(SampleReports.plain().withSuppressions(List.of()),
                SampleReports.withReviewItem(false).withSuppressions(List.of()))) {
            Path file = new JsonReportWriter().write(original, dir);
            Report read = ReportJsonReader.read(file);
            assertEquals(JsonReportWriter.toJson(original), JsonReportWriter.toJson(read));
            assertEquals(original.verdict().fails(), read.verdict().fails());
            assertEquals(original.verdict().failing(), read.verdict().failing());
            assertEquals(file, read.files().get("json"));
        }
    }

    @Test
    void refusesAFileOfAnotherVersion() throws Exception {
        Path file = Files.writeString(dir.resolve("report.json"), "{\"schemaVersion\": 99}");
        var e = assertThrows(IOException.class, () -> ReportJsonReader.read(file));
        assertEquals(file + " was written by another version of govsite", e.getMessage());
    }
}
