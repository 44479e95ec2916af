package kz.govsite.act;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ACT implementation report in EARL, as JSON-LD: one web page per test case, each with an
 * assertion per govsite check that implements the case's rule and its outcome. The context is in
 * the document (the W3C's own earl-context maps the same terms), so it reads without the network.
 */
final class EarlReport {
    static final String EARL = "http://www.w3.org/ns/earl#";

    private EarlReport() {
    }

    static Map<String, Object> context() {
        var c = new LinkedHashMap<String, Object>();
        c.put("@vocab", EARL);
        c.put("earl", EARL);
        c.put("dct", "http://purl.org/dc/terms/");
        c.put("sch", "https://schema.org/");
        c.put("doap", "http://usefulinc.com/ns/doap#");
        c.put("WebPage", "sch:WebPage");
        c.put("source", "dct:source");
        c.put("title", "dct:title");
        c.put("description", "dct:description");
        c.put("isPartOf", Map.of("@id", "dct:isPartOf", "@type", "@id"));
        c.put("assertions", Map.of("@reverse", "earl:subject"));
        c.put("assertedBy", Map.of("@type", "@id"));
        c.put("outcome", Map.of("@type", "@id"));
        c.put("mode", Map.of("@type", "@id"));
        c.put("name", "doap:name");
        c.put("release", "doap:release");
        c.put("revision", "doap:revision");
        return c;
    }

    /**
     * @param pages     each case's URL on w3.org with the checks asserted on it and their outcomes
     *                  ({@code failed}, {@code passed}, {@code inapplicable}, {@code cantTell}, {@code untested})
     * @param version   govsite's version
     * @param axeVersion the axe-core govsite runs
     */
    static Map<String, Object> of(Map<String, Map<String, String>> pages, String version, String axeVersion) {
        var tool = new LinkedHashMap<String, Object>();
        tool.put("@id", "_:govsite");
        tool.put("@type", List.of("earl:Assertor", "earl:Software", "doap:Project"));
        tool.put("name", "govsite");
        tool.put("release", Map.of("revision", version));
        tool.put("description", "axe-core " + axeVersion + " in headless Chromium, and govsite's own language checks");
        var graph = new ArrayList<Object>();
        graph.add(tool);
        pages.forEach((url, outcomes) -> {
            var assertions = new ArrayList<Object>();
            outcomes.forEach((check, outcome) -> {
                var a = new LinkedHashMap<String, Object>();
                a.put("@type", "Assertion");
                a.put("assertedBy", tool.get("@id"));
                a.put("mode", "earl:automatic");
                a.put("test", Map.of("@type", "TestCase", "title", check));
                a.put("result", Map.of("@type", "TestResult", "outcome", "earl:" + outcome));
                assertions.add(a);
            });
            var page = new LinkedHashMap<String, Object>();
            page.put("@type", List.of("TestSubject", "WebPage"));
            page.put("source", url);
            page.put("assertions", assertions);
            graph.add(page);
        });
        var doc = new LinkedHashMap<String, Object>();
        doc.put("@context", context());
        doc.put("@graph", graph);
        return doc;
    }
}
