package kz.govsite.check.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.govsite.finding.Finding;
import kz.govsite.finding.FindingJson;

/**
 * Documents read in earlier runs, one file per URL under the run's cache folder: a document the
 * server says is unchanged (ETag, Last-Modified: a 304) or whose bytes hash the same is not opened
 * again. Entries are stamped with the rules' version so a changed check reads every file anew.
 */
final class DocumentCache {
    /** Bumped whenever a rule changes what it finds in the same file. */
    static final String RULES_VERSION = "documents-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A document's facts and its own findings, as a previous run left them. */
    record Entry(DocumentFacts facts, List<Finding> findings) {
    }

    private final Path directory;
    private final String stamp;

    private DocumentCache(Path directory, String stamp) {
        this.directory = directory;
        this.stamp = stamp;
    }

    /**
     * The cache under {@code cacheDirectory}, or none when the run keeps no cache. The limits that
     * decide how much of a file is read are part of each entry's stamp.
     */
    static Optional<DocumentCache> in(Path cacheDirectory, DocumentOptions options) {
        if (cacheDirectory == null) return Optional.empty();
        String stamp = RULES_VERSION + ";maxBytes=" + options.maxBytes() + ";maxPages=" + options.maxPages();
        return Optional.of(new DocumentCache(cacheDirectory.resolve("documents"), stamp));
    }

    Optional<Entry> find(String url) {
        Path file = fileFor(url);
        try {
            if (!Files.isRegularFile(file)) return Optional.empty();
            Map<?, ?> m = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Map.class);
            if (!stamp.equals(m.get("rules")) || !(m.get("facts") instanceof Map<?, ?> facts)) return Optional.empty();
            var findings = new ArrayList<Finding>();
            if (m.get("findings") instanceof List<?> list) {
                for (Object o : list) if (o instanceof Map<?, ?> f) findings.add(FindingJson.fromMap(f));
            }
            DocumentFacts read = DocumentFacts.fromMap(facts);
            return read.url().equals(url) ? Optional.of(new Entry(read, findings)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps an entry; a cache that cannot be written costs the next run time, never this run its results. */
    void store(DocumentFacts facts, List<Finding> findings) {
        try {
            Files.createDirectories(directory);
            var m = new LinkedHashMap<String, Object>();
            m.put("rules", stamp);
            m.put("facts", facts.toMap());
            m.put("findings", findings.stream().map(FindingJson::toMap).toList());
            Path tmp = Files.createTempFile(directory, ".entry", ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(m), StandardCharsets.UTF_8);
            Files.move(tmp, fileFor(facts.url()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // see above
        }
    }

    private Path fileFor(String url) {
        return directory.resolve(sha256(url.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".json");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
