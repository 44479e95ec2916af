package kz.govsite.finding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings a site had when it adopted govsite ({@code govsite-baseline.json}): later runs fail
 * only on findings that are not in it, and report those that have gone as fixed.
 *
 * @param createdAt when the baseline was taken
 * @param entries   one per fingerprint, sorted by URL, check and fingerprint
 */
public record Baseline(Instant createdAt, List<Entry> entries) {
    /** Bumped when a field changes meaning or disappears. */
    public static final int FORMAT_VERSION = 1;
    public static final String FILE_NAME = "govsite-baseline.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::url).thenComparing(Entry::check)
            .thenComparing(Entry::fingerprint);

    public Baseline {
        entries = entries.stream().sorted(ORDER).toList();
    }

    /**
     * One fingerprint known at baseline time.
     *
     * @param fingerprint {@link Finding#fingerprint()}
     * @param check       the check id, for people reading the file
     * @param url         the page, for people reading the file
     * @param count       how many findings had this fingerprint
     */
    public record Entry(String fingerprint, String check, String url, int count) {
        /** The entry as JSON writes it, in the baseline file and in report.json. */
        public Map<String, Object> toMap() {
            var m = new LinkedHashMap<String, Object>();
            m.put("fingerprint", fingerprint);
            m.put("check", check);
            m.put("url", url);
            m.put("count", count);
            return m;
        }
    }

    /** Today's findings as a baseline. */
    public static Baseline of(List<Finding> findings, Instant createdAt) {
        var byFingerprint = new LinkedHashMap<String, Entry>();
        for (Finding f : findings) {
            byFingerprint.merge(f.fingerprint(), new Entry(f.fingerprint(), f.check(), f.url(), 1),
                    (a, b) -> new Entry(a.fingerprint(), a.check(), a.url(), a.count() + 1));
        }
        return new Baseline(createdAt, new ArrayList<>(byFingerprint.values()));
    }

    /** Findings in total, counting repeats of one fingerprint. */
    public int findings() {
        return entries.stream().mapToInt(Entry::count).sum();
    }

    /**
     * Sorts today's findings into new and known, and the baseline's remaining entries into fixed
     * (their page was checked again and the finding is gone) and not rechecked (their page was not
     * visited this time, so nothing can be said).
     *
     * @param checkedPages URLs of the pages this run rendered and checked
     */
    public BaselineComparison compare(List<Finding> findings, Set<String> checkedPages) {
        var budget = new LinkedHashMap<String, Integer>();
        entries.forEach(e -> budget.put(e.fingerprint(), e.count()));
        var fresh = new ArrayList<Finding>();
        var known = new ArrayList<Finding>();
        for (Finding f : findings) {
            int left = budget.getOrDefault(f.fingerprint(), 0);
            if (left > 0) {
                known.add(f);
                budget.put(f.fingerprint(), left - 1);
            } else {
                fresh.add(f);
            }
        }
        var checkedPaths = new java.util.HashSet<String>();
        checkedPages.forEach(u -> checkedPaths.add(Fingerprint.pathOf(u)));
        var fixed = new ArrayList<Entry>();
        var notRechecked = new ArrayList<Entry>();
        for (Entry e : entries) {
            int left = budget.get(e.fingerprint());
            if (left == 0) continue;
            var gone = new Entry(e.fingerprint(), e.check(), e.url(), left);
            if (checkedPaths.contains(Fingerprint.pathOf(e.url()))) fixed.add(gone);
            else notRechecked.add(gone);
        }
        return new BaselineComparison(fresh, known, fixed, notRechecked);
    }

    public String toJson() throws JsonProcessingException {
        var root = new LinkedHashMap<String, Object>();
        root.put("baselineVersion", FORMAT_VERSION);
        root.put("createdAt", createdAt.toString());
        root.put("findings", entries.stream().map(Entry::toMap).toList());
        return JSON.writeValueAsString(root) + "\n";
    }

    /** Reads a baseline file; throws {@link IllegalArgumentException} saying what is wrong with a bad one. */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            throw new IllegalArgumentException(file + " is not a govsite baseline: it has no findings list");
        }
        int version = root.path("baselineVersion").asInt(0);
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException(file + " has baselineVersion " + root.path("baselineVersion")
                    + "; this govsite reads " + FORMAT_VERSION);
        }
        var entries = new ArrayList<Entry>();
        for (JsonNode n : root.path("findings")) {
            String fingerprint = n.path("fingerprint").asText("");
            if (fingerprint.isEmpty()) {
                throw new IllegalArgumentException(file + ": an entry has no fingerprint: " + n);
            }
            entries.add(new Entry(fingerprint, n.path("check").asText(""), n.path("url").asText(""),
                    Math.max(1, n.path("count").asInt(1))));
        }
        Instant created;
        try {
            created = Instant.parse(root.path("createdAt").asText());
        } catch (RuntimeException e) {
            created = Instant.EPOCH;
        }
        return new Baseline(created, entries);
    }

    /** Findings per check id in the baseline. */
    public Map<String, Integer> byCheck() {
        var m = new java.util.TreeMap<String, Integer>();
        entries.forEach(e -> m.merge(e.check(), e.count(), Integer::sum));
        return m;
    }
}
