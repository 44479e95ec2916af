package kz.govsite.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.govsite.finding.Finding;
import kz.govsite.finding.FindingJson;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageResult;

/**
 * Reads a report.json back into a {@link Report}: what an audit that resumes needs of a site checked
 * before it stopped (pages, findings, summary, verdict). The baseline comparison and the suppressions
 * are not read back; an audit uses neither.
 */
public final class ReportJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PAGE_FIELDS = Set.of("url", "status", "kind", "title", "lang", "loadMs", "checkMs",
            "error");
    private static final Set<String> SUMMARY_FIELDS = Set.of("pages", "findings", "review", "bySeverity", "byCheck");

    private ReportJsonReader() {
    }

    /** The report in {@code file}, knowing the report files beside it; fails on a file this version did not write. */
    public static Report read(Path file) throws IOException {
        Map<String, Object> root = JSON.readValue(file.toFile(), new TypeReference<>() { });
        if (!(root.get("schemaVersion") instanceof Number n) || n.intValue() != JsonReportWriter.SCHEMA_VERSION) {
            throw new IOException(file + " was written by another version of govsite");
        }
        List<Finding> findings = maps(root.get("findings")).stream().map(FindingJson::fromMap).toList();
        Map<?, ?> tool = map(root.get("tool"));
        var files = new LinkedHashMap<String, Path>();
        files.put("json", file);
        Path html = file.resolveSibling(HtmlReportWriter.FILE_NAME);
        if (Files.isRegularFile(html)) files.put("html", html);
        return new Report(str(tool.get("name")), str(tool.get("version")), Instant.parse(str(root.get("startedAt"))),
                num(root.get("durationMs")), Boolean.TRUE.equals(root.get("complete")), stringKeys(root.get("config")),
                stringKeys(root.get("axe")), maps(root.get("pages")).stream().map(ReportJsonReader::page).toList(),
                strings(root.get("documents")), findings, strings(root.get("messages")), summary(map(root.get("summary"))),
                verdict(map(root.get("verdict")), findings), files);
    }

    private static PageResult page(Map<?, ?> m) {
        var data = new LinkedHashMap<String, Object>();
        m.forEach((k, v) -> {
            if (!PAGE_FIELDS.contains(String.valueOf(k))) data.put(String.valueOf(k), v);
        });
        return new PageResult(str(m.get("url")), (int) num(m.get("status")), str(m.get("kind")), str(m.get("title")),
                str(m.get("lang")), num(m.get("loadMs")), num(m.get("checkMs")), str(m.get("error")), data);
    }

    private static Summary summary(Map<?, ?> m) {
        var extra = new LinkedHashMap<String, Object>();
        m.forEach((k, v) -> {
            if (!SUMMARY_FIELDS.contains(String.valueOf(k))) extra.put(String.valueOf(k), v);
        });
        return new Summary((int) num(m.get("pages")), (int) num(m.get("findings")), counts(m.get("bySeverity")),
                counts(m.get("byCheck")), extra, (int) num(m.get("review")));
    }

    /** The failing findings are the report's findings whose fingerprints the verdict lists. */
    private static Verdict verdict(Map<?, ?> m, List<Finding> findings) {
        String failOn = str(m.get("failOn"));
        Optional<Severity> threshold = failOn.isEmpty() || failOn.equals("none") ? Optional.empty()
                : Optional.of(Severity.parse(failOn));
        var failingPrints = Set.copyOf(strings(m.get("failingFingerprints")));
        var failing = findings.stream().filter(f -> failingPrints.contains(f.fingerprint())).toList();
        return new Verdict(threshold, failing, Optional.empty(), strings(m.get("breaches")), strings(m.get("notes")));
    }

    private static Map<String, Integer> counts(Object o) {
        var out = new LinkedHashMap<String, Integer>();
        map(o).forEach((k, v) -> out.put(String.valueOf(k), (int) num(v)));
        return out;
    }

    private static Map<String, Object> stringKeys(Object o) {
        var out = new LinkedHashMap<String, Object>();
        map(o).forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static Map<?, ?> map(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    private static List<Map<?, ?>> maps(Object o) {
        var out = new ArrayList<Map<?, ?>>();
        if (o instanceof List<?> l) for (Object e : l) if (e instanceof Map<?, ?> m) out.add(m);
        return out;
    }

    private static List<String> strings(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static long num(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }
}
