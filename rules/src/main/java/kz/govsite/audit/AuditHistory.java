package kz.govsite.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.govsite.Progress;
import kz.govsite.report.AtomicFiles;

/**
 * The folder of past audits: one {@code audit-<UTC time>.json} summary per audit, read back in time
 * order. A file that cannot be read is skipped with a warning: one bad file must not stop an audit.
 */
public final class AuditHistory {
    static final String PREFIX = "audit-";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditHistory() {
    }

    /** Every readable past audit, oldest first; empty when the folder does not exist yet. */
    public static List<HistoryEntry> read(Path folder, Progress progress) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) return List.of();
        var entries = new ArrayList<HistoryEntry>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(AuditHistory::isEntry).sorted().toList()) {
                try {
                    entries.add(parse(JSON.readTree(file.toFile())));
                } catch (IOException | RuntimeException e) {
                    progress.warn("audit history: skipping " + file + ": " + e.getMessage());
                }
            }
        }
        entries.sort(Comparator.comparing(HistoryEntry::auditedAt));
        return entries;
    }

    /** Adds an audit to the folder, creating it if needed; returns the file written. */
    public static Path append(Path folder, HistoryEntry entry) throws IOException {
        Path file = folder.resolve(PREFIX + FILE_TIME.format(entry.auditedAt()) + ".json");
        AtomicFiles.write(file, JSON.writeValueAsString(toMap(entry)).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    static Map<String, Object> toMap(HistoryEntry entry) {
        var root = new LinkedHashMap<String, Object>();
        root.put("auditedAt", entry.auditedAt().toString());
        root.put("scoreVersion", entry.scoreVersion());
        var sites = new LinkedHashMap<String, Object>();
        entry.sites().forEach((id, site) -> {
            var m = new LinkedHashMap<String, Object>();
            var scores = new LinkedHashMap<String, Object>();
            for (ScoreKind k : ScoreKind.values()) scores.put(k.key(), site.score(k));
            m.put("scores", scores);
            m.put("pages", site.pages());
            if (!site.error().isEmpty()) m.put("error", site.error());
            sites.put(id, m);
        });
        root.put("sites", sites);
        return root;
    }

    static HistoryEntry parse(JsonNode root) {
        Instant at = Instant.parse(root.path("auditedAt").asText());
        int version = root.path("scoreVersion").asInt(0);
        var sites = new LinkedHashMap<String, HistoryEntry.Site>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("sites").fields(); it.hasNext(); ) {
            var e = it.next();
            var scores = new EnumMap<ScoreKind, Double>(ScoreKind.class);
            JsonNode s = e.getValue().path("scores");
            for (ScoreKind k : ScoreKind.values()) {
                if (s.path(k.key()).isNumber()) scores.put(k, s.path(k.key()).asDouble());
            }
            sites.put(e.getKey(), new HistoryEntry.Site(scores, e.getValue().path("pages").asInt(0),
                    e.getValue().path("error").asText("")));
        }
        return new HistoryEntry(at, version, sites);
    }

    private static boolean isEntry(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(".json") && Files.isRegularFile(file);
    }
}
