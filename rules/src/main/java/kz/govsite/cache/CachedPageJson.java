package kz.govsite.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.govsite.finding.Finding;
import kz.govsite.finding.FindingJson;
import kz.govsite.page.PageSnapshot;
import kz.govsite.page.PageResult;

/** A cache entry as JSON, written and read field by field so that the file format is ours, not a library's. */
final class CachedPageJson {
    /** Bumped when the entry's layout changes; entries of another format are misses. */
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private CachedPageJson() {
    }

    static String write(CachedPage page, String fingerprint) {
        var m = new LinkedHashMap<String, Object>();
        m.put("format", FORMAT);
        m.put("fingerprint", fingerprint);
        m.put("url", page.url());
        m.put("htmlSha256", page.htmlSha256());
        m.put("resources", page.resources());
        PageResult r = page.result();
        m.put("result", Map.of("status", r.status(), "kind", r.kind(), "title", r.title(), "lang", r.lang(),
                "loadMs", r.loadMs(), "checkMs", r.checkMs(), "data", r.data()));
        PageSnapshot s = page.snapshot();
        var snapshot = new LinkedHashMap<String, Object>();
        snapshot.put("finalUrl", s.finalUrl());
        snapshot.put("status", s.status());
        snapshot.put("contentType", s.contentType());
        snapshot.put("title", s.title());
        snapshot.put("lang", s.declaredLang());
        snapshot.put("html", s.html());
        snapshot.put("links", s.links());
        m.put("snapshot", snapshot);
        m.put("findings", page.findings().stream().map(FindingJson::toMap).toList());
        m.put("next", page.next());
        m.put("documents", page.documents());
        m.put("messages", page.messages());
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a cache entry could not be written as JSON: " + e.getMessage(), e);
        }
    }

    /** The entry, or empty when it is unreadable, of another format or of another fingerprint. */
    static Optional<CachedPage> read(String json, String fingerprint) {
        try {
            Map<String, Object> m = JSON.readValue(json, MAP);
            if (!Integer.valueOf(FORMAT).equals(m.get("format")) || !fingerprint.equals(m.get("fingerprint"))) {
                return Optional.empty();
            }
            String url = str(m.get("url"));
            Map<String, Object> r = map(m.get("result"));
            var result = new PageResult(url, num(r.get("status")).intValue(), str(r.get("kind")), str(r.get("title")),
                    str(r.get("lang")), num(r.get("loadMs")).longValue(), num(r.get("checkMs")).longValue(), "",
                    map(r.get("data")));
            Map<String, Object> s = map(m.get("snapshot"));
            var snapshot = new PageSnapshot(url, str(s.get("finalUrl")), num(s.get("status")).intValue(),
                    str(s.get("contentType")), str(s.get("title")), str(s.get("lang")), str(s.get("html")),
                    strings(s.get("links")));
            var findings = new ArrayList<Finding>();
            for (Object f : (List<?>) m.get("findings")) findings.add(FindingJson.fromMap(map(f)));
            var resources = new LinkedHashMap<String, String>();
            map(m.get("resources")).forEach((k, v) -> resources.put(k, str(v)));
            return Optional.of(new CachedPage(url, str(m.get("htmlSha256")), resources, result, snapshot, findings,
                    strings(m.get("next")), strings(m.get("documents")), strings(m.get("messages"))));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    private static List<String> strings(Object o) {
        if (o == null) return List.of();
        return ((List<?>) o).stream().map(CachedPageJson::str).toList();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static Number num(Object o) {
        return o instanceof Number n ? n : 0;
    }
}
