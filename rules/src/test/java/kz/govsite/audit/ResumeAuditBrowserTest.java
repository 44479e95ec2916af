package kz.govsite.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.govsite.Progress;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import kz.govsite.testing.StoppableAudit;
import kz.govsite.testing.RecordingProgress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An audit killed half-way goes on where it stopped and ends as an uninterrupted one would. */
@Tag("browser")
@Tag("soak")
class ResumeAuditBrowserTest {
    private static final List<String> TIMES = List.of("auditedAt", "durationMs");

    @TempDir
    Path dir;

    @Test
    void aKilledAuditResumesAndEndsWithTheSameAuditJson() throws Exception {
        Browsers.requireChromium();
        Path registry = Files.writeString(dir.resolve("agencies.yaml"), """
                sites:
                  - id: basic
                    name: Министерство тестов
                    siteDirectory: %s
                  - id: clean
                    name: Образцовое агентство
                    siteDirectory: %s
                  - id: incremental
                    name: Комитет
                    siteDirectory: %s
                  - id: bvi
                    name: Агентство
                    siteDirectory: %s
                """.formatted(Fixtures.site("basic"), Fixtures.site("audit-clean"), Fixtures.site("incremental"),
                Fixtures.site("lowvision-bvi")));
        Path whole = dir.resolve("whole");
        Audit.run(new RegistryReader().read(registry), StoppableAudit.base(whole), StoppableAudit.settings(whole),
                Progress.SILENT);

        Path out = dir.resolve("stopped");
        Path journal = out.resolve(AuditJournal.FILE);
        Process run = StoppableAudit.command(registry, out).redirectOutput(dir.resolve("run.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.exists(journal) && run.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
            assertTrue(Files.exists(journal), "the first site finished: " + Files.readString(dir.resolve("run.log")));
            run.destroyForcibly();
            assertTrue(run.waitFor(1, TimeUnit.MINUTES));
        } finally {
            run.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("run.log"));
        assertFalse(log.contains("the audit ended by itself"), log);
        assertFalse(Files.exists(out.resolve("audit.json")), "killed before the audit files");

        var recorder = new RecordingProgress();
        Audit.run(new RegistryReader().read(registry), StoppableAudit.base(out), StoppableAudit.settings(out), recorder);

        assertTrue(recorder.lines().stream().anyMatch(l -> l.startsWith("Resuming the audit")), recorder.lines().toString());
        assertTrue(recorder.lines().stream().anyMatch(l -> l.contains("[basic] checked before the audit stopped")), recorder.lines().toString());
        assertFalse(Files.exists(journal), "a finished audit leaves nothing to resume");
        assertEquals(withoutTimes(whole.resolve("audit.json")), withoutTimes(out.resolve("audit.json")));
    }

    private static JsonNode withoutTimes(Path auditJson) throws Exception {
        JsonNode root = new ObjectMapper().readTree(auditJson.toFile());
        strip(root);
        return root;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) TIMES.forEach(o::remove);
        node.forEach(ResumeAuditBrowserTest::strip);
    }
}
