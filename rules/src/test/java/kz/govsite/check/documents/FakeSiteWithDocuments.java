package kz.govsite.check.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.govsite.check.SiteView;
import kz.govsite.crawl.Download;
import kz.govsite.page.PageResult;
import kz.govsite.page.PageSnapshot;

/** A finished crawl written by hand, and a server of its documents that counts what it is asked. */
final class FakeSiteWithDocuments implements SiteView, DocumentSource {
    private final Map<String, PageSnapshot> pages = new HashMap<>();
    private final Map<String, byte[]> files = new HashMap<>();
    final Map<String, Object> summary = new TreeMap<>();
    final List<String> requests = new ArrayList<>();
    boolean etags = true;

    FakeSiteWithDocuments page(String url, String html) {
        pages.put(url, PageSnapshot.ofHtml(url, html));
        return this;
    }

    FakeSiteWithDocuments file(String url, byte[] bytes) {
        files.put(url, bytes);
        return this;
    }

    /** The same pages and files, with no requests counted and no summary recorded. */
    FakeSiteWithDocuments copy() {
        var c = new FakeSiteWithDocuments();
        c.pages.putAll(pages);
        c.files.putAll(files);
        return c;
    }

    @Override
    public List<PageSnapshot> pages() {
        return pages.values().stream().sorted(Comparator.comparing(PageSnapshot::url)).toList();
    }

    @Override
    public Optional<PageResult> result(String url) {
        return page(url).map(p -> new PageResult(url, 200, "page", p.title(), p.declaredLang(), 0, 0, "", Map.of()));
    }

    @Override
    public Optional<PageSnapshot> page(String url) {
        return Optional.ofNullable(pages.get(url));
    }

    @Override
    public void recordSummary(String key, Object value) {
        summary.put(key, value);
    }

    @Override
    public void recordPageData(String url, String key, Object value) {
        // The documents check records nothing on pages.
    }

    @Override
    public boolean inScope(String url) {
        return url.startsWith("http://site.test/");
    }

    @Override
    public Download download(String url, long maxBytes, Map<String, String> conditional) {
        requests.add(url);
        byte[] body = files.get(url);
        if (body == null) return new Download(404, "text/html", "", "", "", null, 0, false, "");
        String etag = etags ? "\"" + DocumentCache.sha256(body).substring(0, 12) + "\"" : "";
        if (!etag.isEmpty() && etag.equals(conditional.get("If-None-Match"))) {
            return new Download(304, "", "", etag, "", null, 0, false, "");
        }
        if (body.length > maxBytes) return new Download(200, "application/pdf", "", etag, "", null, body.length, true, "");
        return new Download(200, "application/octet-stream", "", etag, "", body, body.length, false, "");
    }
}
