package kz.govsite.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.govsite.check.CheckFamily;
import kz.govsite.check.Families;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.internal.Maps;

/**
 * Writes {@code govsite.sarif}, SARIF 2.1.0 as GitHub code scanning accepts it: one run, a rule per
 * check id, a result per finding. GitHub rejects {@code https} artifact locations, so a result's
 * location is the page's path under {@code site/}; the page URL and the selector go in the message
 * and the properties.
 */
public final class SarifReportWriter implements ReportWriter {
    public static final String FILE_NAME = "govsite.sarif";
    /** The prefix of artifact paths: GitHub needs repository-relative paths, not URLs. */
    public static final String SITE_ROOT = "site/";
    static final String FINGERPRINT_KEY = "govsite/v1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<CheckFamily> families;

    /** A writer that knows the built-in check families. */
    public SarifReportWriter() {
        this(Families.BUILT_IN);
    }

    /** A writer that describes rules as these families' findings say them. */
    public SarifReportWriter(List<CheckFamily> families) {
        this.families = List.copyOf(families);
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public Path write(Report report, Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve(FILE_NAME);
        AtomicFiles.write(file, toJson(report, families).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    public static String toJson(Report report) throws JsonProcessingException {
        return toJson(report, Families.BUILT_IN);
    }

    public static String toJson(Report report, List<CheckFamily> families) throws JsonProcessingException {
        return JSON.writeValueAsString(toMap(report, families));
    }

    static Map<String, Object> toMap(Report report, List<CheckFamily> families) {
        Set<String> ruleHelp = Families.withRuleHelpMessages(families);
        var rules = new TreeMap<String, Finding>();
        report.findings().forEach(f -> rules.putIfAbsent(f.check(), f));
        var ruleIndex = new LinkedHashMap<String, Integer>();
        rules.keySet().forEach(id -> ruleIndex.put(id, ruleIndex.size()));
        var known = report.verdict().baseline().map(b -> Set.copyOf(b.known()));

        var results = new ArrayList<Map<String, Object>>();
        for (Finding f : report.findings()) {
            var r = new LinkedHashMap<String, Object>();
            r.put("ruleId", f.check());
            r.put("ruleIndex", ruleIndex.get(f.check()));
            // An item to review is no defect yet: a note whatever its severity.
            r.put("level", f.needsReview() ? "note" : level(f.severity()));
            r.put("message", Map.of("text", message(f)));
            r.put("locations", List.of(location(f)));
            r.put("partialFingerprints", Map.of(FINGERPRINT_KEY, f.fingerprint()));
            known.ifPresent(k -> r.put("baselineState", k.contains(f) ? "unchanged" : "new"));
            var props = new LinkedHashMap<String, Object>();
            props.put("url", f.url());
            props.put("selector", f.selector());
            props.put("severity", f.severity().label());
            props.put("outcome", f.outcome().label());
            props.put("wcag", f.wcag());
            if (!f.evidence().isEmpty()) props.put("evidence", f.evidence());
            r.put("properties", props);
            results.add(r);
        }

        var driver = new LinkedHashMap<String, Object>();
        driver.put("name", report.toolName());
        driver.put("semanticVersion", report.toolVersion());
        driver.put("rules", rules.values().stream().map(f -> rule(f, ruleHelp.contains(f.family()))).toList());

        var run = new LinkedHashMap<String, Object>();
        run.put("tool", Map.of("driver", driver));
        run.put("automationDetails", Map.of("id", "govsite/" + report.startedAt()));
        run.put("invocations", List.of(Maps.ordered("executionSuccessful", report.complete(),
                "startTimeUtc", report.startedAt().toString())));
        run.put("results", results);

        var root = new LinkedHashMap<String, Object>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return root;
    }

    /** @param messageIsHelp whether the finding's message is its rule's own description (axe's) */
    static Map<String, Object> rule(Finding example, boolean messageIsHelp) {
        var rule = new LinkedHashMap<String, Object>();
        rule.put("id", example.check());
        String rest = example.check().substring(example.check().indexOf('.') + 1);
        rule.put("name", rest.isEmpty() ? example.check() : rest);
        String text = messageIsHelp ? example.message() : example.check();
        rule.put("shortDescription", Map.of("text", text));
        if (!example.helpUrl().isEmpty()) {
            rule.put("helpUri", example.helpUrl());
            rule.put("help", Map.of("text", text + " (" + example.helpUrl() + ")"));
        }
        rule.put("defaultConfiguration", Map.of("level", level(example.severity())));
        var tags = new ArrayList<String>();
        tags.add("accessibility");
        tags.add(example.family());
        example.wcag().forEach(c -> tags.add("WCAG " + c));
        rule.put("properties", Maps.ordered("tags", tags, "precision", "high"));
        return rule;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, SERIOUS -> "error";
            case MODERATE -> "warning";
            case MINOR -> "note";
        };
    }

    static String message(Finding f) {
        return f.message() + " — on " + f.url() + (f.selector().isEmpty() ? "" : " at " + f.selector());
    }

    static Map<String, Object> location(Finding f) {
        var physical = new LinkedHashMap<String, Object>();
        physical.put("artifactLocation", Map.of("uri", artifactPath(f.url())));
        var region = new LinkedHashMap<String, Object>();
        region.put("startLine", 1);
        if (!f.snippet().isEmpty()) region.put("snippet", Map.of("text", f.snippet()));
        physical.put("region", region);
        var location = new LinkedHashMap<String, Object>();
        location.put("physicalLocation", physical);
        if (!f.selector().isEmpty()) {
            location.put("logicalLocations", List.of(Maps.ordered("name", f.selector(), "kind", "element",
                    "fullyQualifiedName", f.url() + " " + f.selector())));
        }
        return location;
    }

    /**
     * The repository-relative path standing for a page: {@code site/} + its URL path, with
     * {@code index.html} for a folder and the query kept, e.g. {@code site/ru/news.html?page=2}.
     */
    static String artifactPath(String url) {
        String path;
        String query = null;
        try {
            URI uri = URI.create(url);
            path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            query = uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            path = "/" + url.replaceAll("[^A-Za-z0-9._/-]+", "-");
        }
        if (path.endsWith("/")) path = path + "index.html";
        return SITE_ROOT + path.substring(1) + (query == null ? "" : "?" + query);
    }
}
