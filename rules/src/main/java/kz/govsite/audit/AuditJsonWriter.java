package kz.govsite.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.govsite.internal.Maps;
import kz.govsite.report.AtomicFiles;

/** Writes {@code audit.json}: the ranking with every score, its basis, change and trend; docs/audit.md has the schema. */
final class AuditJsonWriter implements AuditWriter {
    /** Bumped when a field changes meaning or disappears; new fields do not bump it. */
    static final int SCHEMA_VERSION = 1;
    static final String FILE_NAME = "audit.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String name() {
        return "json";
    }

    @Override
    public Path write(AuditResult result, Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve(FILE_NAME);
        AtomicFiles.write(file, toJson(result).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    static String toJson(AuditResult result) throws JsonProcessingException {
        return JSON.writeValueAsString(toMap(result));
    }

    static Map<String, Object> toMap(AuditResult r) {
        var root = new LinkedHashMap<String, Object>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("scoreVersion", ScoreCard.SCORE_VERSION);
        root.put("tool", Maps.ordered("name", "govsite", "version", r.toolVersion()));
        root.put("auditedAt", r.auditedAt().toString());
        root.put("durationMs", r.durationMs());
        root.put("registry", r.registry().toString());
        root.put("previousAudit", r.previousAudit() == null ? null : r.previousAudit().toString());
        root.put("checks", r.checks());
        var weights = new LinkedHashMap<String, Object>();
        for (ScoreKind k : ScoreKind.values()) {
            if (k != ScoreKind.OVERALL) weights.put(k.key(), r.settings().weights().of(k));
        }
        root.put("weights", weights);
        root.put("siteConcurrency", r.settings().siteConcurrency());
        root.put("sites", r.ranking().stream().map(AuditJsonWriter::site).toList());
        var verdict = new LinkedHashMap<String, Object>();
        verdict.put("failBelow", r.verdict().failBelow().isPresent() ? r.verdict().failBelow().getAsDouble() : null);
        verdict.put("failOnError", r.verdict().failOnError());
        verdict.put("fails", r.verdict().fails());
        verdict.put("reasons", r.verdict().reasons());
        verdict.put("summary", r.verdict().summary());
        root.put("verdict", verdict);
        return root;
    }

    static Map<String, Object> site(RankedSite ranked) {
        SiteResult r = ranked.result();
        var m = new LinkedHashMap<String, Object>();
        m.put("rank", ranked.rank());
        m.put("id", r.site().id());
        var name = new LinkedHashMap<String, Object>();
        name.put("kk", r.site().nameKk());
        name.put("ru", r.site().nameRu());
        m.put("name", name);
        m.put("status", r.isScored() ? "scored" : "error");
        if (!r.isScored()) m.put("error", r.error());
        var scores = new LinkedHashMap<String, Object>();
        var notes = new LinkedHashMap<String, Object>();
        var basis = new LinkedHashMap<String, Object>();
        var change = new LinkedHashMap<String, Object>();
        for (ScoreKind k : ScoreKind.values()) {
            scores.put(k.key(), r.score(k));
            change.put(k.key(), ranked.change(k));
            if (r.isScored()) {
                Score s = r.scores().get(k);
                if (!s.note().isEmpty()) notes.put(k.key(), s.note());
                if (!s.basis().isEmpty()) basis.put(k.key(), s.basis());
            }
        }
        m.put("scores", scores);
        m.put("notApplicable", notes);
        m.put("basis", basis);
        m.put("change", change);
        m.put("trend", ranked.trend().stream().map(p -> {
            var t = new LinkedHashMap<String, Object>();
            t.put("auditedAt", p.auditedAt().toString());
            t.put("overall", p.overall());
            return t;
        }).toList());
        m.put("pages", r.pages());
        m.put("findings", r.findings());
        m.put("bySeverity", r.report() == null ? Map.of() : r.report().summary().bySeverity());
        m.put("report", r.reportLink().isEmpty() ? null : r.reportLink());
        var agency = new java.util.LinkedHashMap<String, String>();
        if (!r.reportLink().isEmpty() && r.report() != null) {
            for (String language : AgencyReports.LANGUAGES) agency.put(language, AgencyReports.link(r.reportLink(), language));
        }
        m.put("agencyReports", agency);
        m.put("startUrls", r.site().urls());
        m.put("siteDirectory", r.site().siteDirectory() == null ? null : r.site().siteDirectory().toString());
        m.put("durationMs", r.durationMs());
        return m;
    }
}
