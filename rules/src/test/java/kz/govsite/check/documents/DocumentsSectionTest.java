package kz.govsite.check.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documents section of report.html: a row per document, everything from the site escaped. */
class DocumentsSectionTest {
    @Test
    void listsEachDocumentWithSizePagesLanguageAndFindings() {
        var row = new DocumentFacts("http://site.test/kk/a.pdf", "pdf", "checked", 2_500_000, 12,
                "<script>alert(1)</script>", "kz", "ru", Map.of("ru", 90, "kk", 10), 900, List.of(), "", "", "").toMap();
        row.put("findings", 2);
        row.put("cached", true);
        var extra = Map.<String, Object>of("documents", Map.of("linked", 3, "checked", 1, "cached", 1,
                "parity", Map.of("share", 50.0), "list", List.of(row)));
        String html = DocumentsSection.html(extra, "en");
        assertTrue(html.startsWith("<section aria-labelledby=\"documents\">\n<h2 id=\"documents\">Documents</h2>\n"
                + "<p>3 documents linked, 1 checked, 1 from the cache; pairs in both languages: 50.0%</p>"), html);
        assertTrue(html.contains("<td class=\"n\">2 MB</td><td class=\"n\">12</td><td>ru (ru 90%, kk 10%); declared kz</td>"
                + "<td class=\"n\">2</td><td>checked (cache)</td>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void noSectionWhenTheCheckDidNotRun() {
        assertEquals("", DocumentsSection.html(Map.of(), "ru"));
    }
}
