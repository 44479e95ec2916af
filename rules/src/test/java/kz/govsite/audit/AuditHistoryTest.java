package kz.govsite.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.govsite.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditHistoryTest {
    @TempDir
    Path dir;

    @Test
    void writesOneFilePerAuditAndReadsThemBackOldestFirst() throws Exception {
        var feb = HistoryEntry.of(RankingTest.FEB, List.of(RankingTest.scored("half", 1), RankingTest.down("gone")));
        var jan = HistoryEntry.of(RankingTest.JAN, List.of(RankingTest.scored("half", 2)));
        Path febFile = AuditHistory.append(dir, feb);
        AuditHistory.append(dir, jan);
        assertEquals("audit-20260210T080000.000Z.json", febFile.getFileName().toString());

        List<HistoryEntry> read = AuditHistory.read(dir, Progress.SILENT);
        assertEquals(List.of(RankingTest.JAN, RankingTest.FEB), read.stream().map(HistoryEntry::auditedAt).toList());
        HistoryEntry.Site half = read.get(1).sites().get("half");
        assertEquals(66.7, half.score(ScoreKind.OVERALL));
        assertEquals(66.7, half.score(ScoreKind.ACCESSIBILITY));
        assertNull(half.score(ScoreKind.PARITY));
        assertEquals(2, half.pages());
        HistoryEntry.Site gone = read.get(1).sites().get("gone");
        assertEquals(Map.of(), gone.scores());
        assertEquals("the start URL cannot be reached: https://gone.gov.kz/", gone.error());
        assertEquals(ScoreCard.SCORE_VERSION, read.get(0).scoreVersion());
    }

    @Test
    void aBrokenFileIsSkippedWithAWarningAndOtherFilesIgnored() throws Exception {
        AuditHistory.append(dir, HistoryEntry.of(RankingTest.JAN, List.of(RankingTest.scored("half", 1))));
        Files.writeString(dir.resolve("audit-broken.json"), "{ not json");
        Files.writeString(dir.resolve("notes.txt"), "kept by people");
        var warnings = new ArrayList<String>();
        var progress = new Progress() {
            @Override public void info(String message) { }

            @Override public void warn(String message) { warnings.add(message); }
        };
        assertEquals(1, AuditHistory.read(dir, progress).size());
        assertEquals(1, warnings.size());
        assertEquals(true, warnings.get(0).startsWith("audit history: skipping " + dir.resolve("audit-broken.json")),
                warnings.get(0));
    }

    @Test
    void aFolderThatDoesNotExistYetIsAnEmptyHistory() throws Exception {
        assertEquals(List.of(), AuditHistory.read(dir.resolve("none"), Progress.SILENT));
        assertEquals(List.of(), AuditHistory.read(null, Progress.SILENT));
    }
}
