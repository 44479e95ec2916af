package kz.govsite.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir
    Path dir;

    private static Finding at(String check, String url, String selector) {
        return new Finding(check, Severity.SERIOUS, url, selector, "m", List.of(), "<p>", "", Map.of());
    }

    private static final Finding HEADER_A = at("axe.link-name", "http://site.test/a", "#logo");
    private static final Finding HEADER_B = at("axe.link-name", "http://site.test/b", "#logo");
    private static final Finding ALT_B = at("axe.image-alt", "http://site.test/b", "img");

    @Test
    void writesOneEntryPerFingerprintWithCheckUrlAndCountAndReadsItBack() throws Exception {
        var twice = new Finding("axe.image-alt", Severity.SERIOUS, "http://site.test/b", "img", "other message",
                List.of(), "<p>", "", Map.of());
        var baseline = Baseline.of(List.of(HEADER_A, ALT_B, twice), Instant.parse("2026-11-29T10:00:00Z"));
        assertEquals(3, baseline.findings());
        String json = baseline.toJson();
        assertTrue(json.contains("\"baselineVersion\" : 1"), json);
        assertTrue(json.contains("\"count\" : 2"), json);
        Path file = dir.resolve(Baseline.FILE_NAME);
        Files.writeString(file, json);
        var read = Baseline.read(file);
        assertEquals(baseline, read);
        assertEquals(List.of("http://site.test/a", "http://site.test/b"), read.entries().stream().map(Baseline.Entry::url).toList());
        assertEquals(Map.of("axe.image-alt", 2, "axe.link-name", 1), read.byCheck());
    }

    @Test
    void sortsFindingsIntoNewKnownFixedAndNotRechecked() {
        var baseline = Baseline.of(List.of(HEADER_A, HEADER_B, ALT_B,
                at("axe.region", "http://site.test/gone", "")), Instant.EPOCH);
        var fresh = at("axe.button-name", "http://site.test/a", "button");
        // Served on another host and port now: fingerprints ignore both.
        var today = List.of(at("axe.link-name", "http://127.0.0.1:4567/a", "#logo"), fresh);
        var c = baseline.compare(today, Set.of("http://127.0.0.1:4567/a", "http://127.0.0.1:4567/b"));
        assertEquals(List.of(fresh), c.fresh());
        assertEquals(1, c.known().size());
        assertEquals(List.of("axe.image-alt", "axe.link-name"), c.fixed().stream().map(Baseline.Entry::check).toList());
        assertEquals(2, c.fixedCount());
        assertEquals(List.of("http://site.test/gone"), c.notRechecked().stream().map(Baseline.Entry::url).toList());
    }

    @Test
    void aRepeatBeyondTheBaselineCountIsNew() {
        var baseline = Baseline.of(List.of(HEADER_A), Instant.EPOCH);
        var again = new Finding("axe.link-name", Severity.SERIOUS, "http://site.test/a", "#logo", "another text",
                List.of(), "<p>", "", Map.of());
        var c = baseline.compare(List.of(HEADER_A, again), Set.of("http://site.test/a"));
        assertEquals(List.of(HEADER_A), c.known());
        assertEquals(List.of(again), c.fresh());
    }

    @Test
    void saysWhatIsWrongWithABadFile() throws Exception {
        Path notJson = Files.writeString(dir.resolve("a.json"), "{oops");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Baseline.read(notJson)).getMessage()
                .startsWith(notJson + " is not JSON"));
        Path other = Files.writeString(dir.resolve("b.json"), "{\"pages\": []}");
        assertEquals(other + " is not a govsite baseline: it has no findings list",
                assertThrows(IllegalArgumentException.class, () -> Baseline.read(other)).getMessage());
        Path future = Files.writeString(dir.resolve("c.json"), "{\"baselineVersion\": 2, \"findings\": []}");
        assertEquals(future + " has baselineVersion 2; this govsite reads 1",
                assertThrows(IllegalArgumentException.class, () -> Baseline.read(future)).getMessage());
    }
}
