package kz.govsite.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.govsite.Progress;
import kz.govsite.report.AtomicFiles;

/**
 * The sites an audit has finished, kept on disk as it goes, so that an audit stopped by a crash, a
 * kill or a lost Grid continues where it stopped when it is run again with the same registry and
 * settings. Gone once the audit has written its files.
 */
final class AuditJournal {
    static final String FILE = "audit-journal.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String identity;
    private final Set<String> finished;

    private AuditJournal(Path file, String identity, Set<String> finished) {
        this.file = file;
        this.identity = identity;
        this.finished = finished;
    }

    /**
     * The journal of the audit {@code identity} names (its registry and settings): the stopped one's,
     * when there is one for the same audit and {@code resume} is on, else a new one.
     */
    static AuditJournal open(Path outputDirectory, String identity, boolean resume, Progress progress) {
        Path file = outputDirectory.resolve(FILE);
        var finished = new TreeSet<String>();
        if (resume && Files.isRegularFile(file)) {
            try {
                Map<String, Object> saved = JSON.readValue(file.toFile(), new TypeReference<>() { });
                if (identity.equals(saved.get("identity")) && saved.get("finished") instanceof List<?> ids) {
                    ids.forEach(id -> finished.add(String.valueOf(id)));
                    progress.info("Resuming the audit that stopped before it finished: " + finished.size()
                            + (finished.size() == 1 ? " site is" : " sites are") + " done already");
                } else {
                    progress.info("An unfinished audit of another registry or other settings is in " + file
                            + "; starting afresh");
                }
            } catch (IOException e) {
                progress.warn("the journal of an unfinished audit cannot be read (" + e.getMessage() + "); starting afresh");
            }
        }
        return new AuditJournal(file, identity, finished);
    }

    synchronized boolean isFinished(String siteId) {
        return finished.contains(siteId);
    }

    /** Records a finished site at once: a kill a second later must not cost it. */
    synchronized void finished(String siteId) throws IOException {
        finished.add(siteId);
        String json = JSON.writeValueAsString(Map.of("identity", identity, "finished", List.copyOf(finished)));
        AtomicFiles.write(file, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The audit is complete: nothing is left to resume. */
    void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
