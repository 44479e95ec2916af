package kz.govsite.finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finding as JSON, field by field in one order, the same in report.json and in the cache: the
 * format is ours, not a library's.
 */
public final class FindingJson {
    private FindingJson() {
    }

    /** The finding's fields, with its fingerprint before the evidence. */
    public static Map<String, Object> toMap(Finding f) {
        var m = new LinkedHashMap<String, Object>();
        m.put("check", f.check());
        m.put("severity", f.severity().label());
        m.put("outcome", f.outcome().label());
        m.put("url", f.url());
        m.put("selector", f.selector());
        m.put("message", f.message());
        if (!f.text().isEmpty()) {
            m.put("messageId", f.text().id());
            m.put("messageParams", f.text().params());
        }
        m.put("wcag", f.wcag());
        m.put("snippet", f.snippet());
        m.put("helpUrl", f.helpUrl());
        m.put("fingerprint", f.fingerprint());
        m.put("evidence", f.evidence());
        return m;
    }

    /** The finding {@link #toMap} wrote, read back from parsed JSON; the fingerprint is computed again, not read. */
    public static Finding fromMap(Map<?, ?> m) {
        var evidence = new LinkedHashMap<String, String>();
        if (m.get("evidence") instanceof Map<?, ?> e) e.forEach((k, v) -> evidence.put(String.valueOf(k), str(v)));
        var params = new LinkedHashMap<String, String>();
        if (m.get("messageParams") instanceof Map<?, ?> p) p.forEach((k, v) -> params.put(String.valueOf(k), str(v)));
        List<String> wcag = m.get("wcag") instanceof List<?> l ? l.stream().map(FindingJson::str).toList() : List.of();
        return new Finding(str(m.get("check")), Severity.parse(str(m.get("severity"))), str(m.get("url")),
                str(m.get("selector")), str(m.get("message")), wcag, str(m.get("snippet")), str(m.get("helpUrl")),
                evidence, Outcome.parse(str(m.get("outcome"))), new Message(str(m.get("messageId")), params));
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
