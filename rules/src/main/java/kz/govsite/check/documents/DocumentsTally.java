package kz.govsite.check.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.govsite.finding.Finding;

/** Counts the documents check's documents and pairs as it goes, then makes its {@link DocumentsSummary}. */
final class DocumentsTally {
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

    DocumentsTally(int linked, DocumentOptions options) {
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

    DocumentsSummary summary() {
        int all = pairs * 2 + missing;
        var parity = new DocumentsSummary.Parity(pairs, pairs - mismatched, mismatched, missing,
                all == 0 ? null : Math.round(1000.0 * (pairs - mismatched) * 2 / all) / 10.0);
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
        return new DocumentsSummary(linked, rows.size(), linked - rows.size(), opened, fromCache, byState,
                options.describe(), parity, list);
    }
}
