package kz.govsite.check.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.govsite.finding.Finding;

/**
 * The documents part of report.json's summary ({@code summary.documents}): how many were linked,
 * read and taken from the cache, the documents' parity share, and one row per document for the
 * report's documents table.
 */
final class DocumentsSummary {
    private final int linked;
    private final DocumentOptions options;
    private final List<DocumentFacts> rows = new ArrayList<>();
    private final Map<String, Boolean> cached = new LinkedHashMap<>();
    private final Map<String, Integer> findingsByDocument = new TreeMap<>();
    private final Map<String, Integer> byState = new TreeMap<>();
    private int opened;
    private int fromCache;
    private int pairs;
    private int mismatched;
    private int missing;

    DocumentsSummary(int linked, DocumentOptions options) {
        this.linked = linked;
        this.options = options;
    }

    void read(DocumentFacts facts, boolean wasCached) {
        rows.add(facts);
        cached.put(facts.url(), wasCached);
        byState.merge(facts.state(), 1, Integer::sum);
        if (wasCached) fromCache++;
        else if (Formats.opened(facts.format()) && !facts.state().equals("http-error") && !facts.state().equals("too-large")) opened++;
    }

    void pairs(int paired, int differing, int alone) {
        pairs += paired;
        mismatched += differing;
        missing += alone;
    }

    void findings(List<Finding> findings) {
        for (Finding f : findings) findingsByDocument.merge(f.url(), 1, Integer::sum);
    }

    Map<String, Object> toMap() {
        var m = new LinkedHashMap<String, Object>();
        m.put("linked", linked);
        m.put("checked", rows.size());
        m.put("notChecked", linked - rows.size());
        m.put("opened", opened);
        m.put("cached", fromCache);
        m.put("byState", byState);
        m.put("limits", options.describe());
        var parity = new LinkedHashMap<String, Object>();
        parity.put("pairs", pairs);
        parity.put("complete", pairs - mismatched);
        parity.put("mismatched", mismatched);
        parity.put("missing", missing);
        int all = pairs * 2 + missing;
        parity.put("share", all == 0 ? null : Math.round(1000.0 * (pairs - mismatched) * 2 / all) / 10.0);
        m.put("parity", parity);
        var list = new ArrayList<Map<String, Object>>();
        for (DocumentFacts f : rows) {
            var row = f.toMap();
            row.remove("numbers");
            row.remove("etag");
            row.remove("lastModified");
            row.put("findings", findingsByDocument.getOrDefault(f.url(), 0));
            row.put("cached", cached.get(f.url()));
            list.add(row);
        }
        list.sort(java.util.Comparator.comparing(r -> String.valueOf(r.get("url"))));
        m.put("list", list);
        return m;
    }
}
