package kz.govsite.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.govsite.finding.Baseline;
import kz.govsite.finding.Finding;
import kz.govsite.finding.FindingJson;
import kz.govsite.internal.Maps;
import kz.govsite.page.PageResult;

/** Writes {@code report.json}: the machine-readable report whose schema the README documents. */
public final class JsonReportWriter implements ReportWriter {
    /** Bumped when a field changes meaning or disappears; new fields do not bump it. */
    public static final int SCHEMA_VERSION = 1;
    public static final String FILE_NAME = "report.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String format() {
        return "json";
    }

    @Override
    public Path write(Report report, Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve(FILE_NAME);
        AtomicFiles.write(file, toJson(report).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return file;
    }

    public static String toJson(Report report) throws JsonProcessingException {
        return JSON.writeValueAsString(toMap(report));
    }

    static Map<String, Object> toMap(Report report) {
        var root = new LinkedHashMap<String, Object>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("tool", Maps.ordered("name", report.toolName(), "version", report.toolVersion()));
        root.put("startedAt", report.startedAt().toString());
        root.put("durationMs", report.durationMs());
        root.put("complete", report.complete());
        root.put("config", report.config());
        root.put("axe", report.axe());
        root.put("pages", report.pages().stream().map(JsonReportWriter::page).toList());
        root.put("documents", report.documents());
        var known = report.verdict().baseline().map(b -> java.util.Set.copyOf(b.known()));
        root.put("findings", report.findings().stream().map(f -> {
            var m = FindingJson.toMap(f);
            known.ifPresent(k -> m.put("baseline", k.contains(f) ? "known" : "new"));
            return m;
        }).toList());
        root.put("suppressions", report.suppressions().stream().map(c -> {
            var m = new LinkedHashMap<String, Object>();
            m.put("match", c.suppression().describe());
            m.put("reason", c.suppression().reason());
            m.put("findings", c.findings());
            return m;
        }).toList());
        root.put("messages", report.messages());
        root.put("summary", summary(report.summary()));
        root.put("verdict", verdict(report.verdict()));
        return root;
    }

    static Map<String, Object> page(PageResult page) {
        var m = new LinkedHashMap<String, Object>();
        m.put("url", page.url());
        m.put("status", page.status());
        m.put("kind", page.kind());
        m.put("title", page.title());
        m.put("lang", page.lang());
        m.put("loadMs", page.loadMs());
        m.put("checkMs", page.checkMs());
        if (!page.error().isEmpty()) m.put("error", page.error());
        m.putAll(page.data());
        return m;
    }

    static Map<String, Object> summary(Summary s) {
        var m = new LinkedHashMap<String, Object>();
        m.put("pages", s.pages());
        m.put("findings", s.findings());
        m.put("review", s.review());
        m.put("bySeverity", s.bySeverity());
        m.put("byCheck", s.byCheck());
        m.putAll(s.extra());
        return m;
    }

    static Map<String, Object> verdict(Verdict v) {
        var m = new LinkedHashMap<String, Object>();
        m.put("failOn", v.threshold().map(t -> t.label()).orElse("none"));
        m.put("fails", v.fails());
        m.put("failing", v.failing().size());
        m.put("summary", v.summary());
        List<String> fingerprints = new ArrayList<>();
        for (Finding f : v.failing()) fingerprints.add(f.fingerprint());
        m.put("failingFingerprints", fingerprints);
        m.put("breaches", v.breaches());
        m.put("notes", v.notes());
        v.baseline().ifPresent(b -> {
            var base = new LinkedHashMap<String, Object>();
            base.put("new", b.fresh().size());
            base.put("known", b.known().size());
            base.put("fixed", b.fixedCount());
            base.put("notRechecked", b.notRecheckedCount());
            base.put("fixedFindings", b.fixed().stream().map(Baseline.Entry::toMap).toList());
            base.put("notRecheckedFindings", b.notRechecked().stream().map(Baseline.Entry::toMap).toList());
            m.put("baseline", base);
        });
        return m;
    }
}
