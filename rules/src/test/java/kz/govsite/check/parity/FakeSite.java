package kz.govsite.check.parity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.govsite.check.SiteView;
import kz.govsite.page.PageSnapshot;
import kz.govsite.page.PageResult;
import org.jsoup.Jsoup;

/** A finished crawl written by hand: pages, errors and redirects as the engine records them. */
public final class FakeSite implements SiteView {
    private final Map<String, PageResult> results = new HashMap<>();
    private final Map<String, PageSnapshot> snapshots = new HashMap<>();
    public final Map<String, Object> summary = new TreeMap<>();

    public FakeSite page(String url, String html) {
        var doc = Jsoup.parse(html, url);
        results.put(url, new PageResult(url, 200, "page", doc.title(), "", 0, 0, "", Map.of()));
        snapshots.put(url, PageSnapshot.ofHtml(url, html));
        return this;
    }

    public FakeSite status(String url, int status) {
        results.put(url, new PageResult(url, status, "error", "", "", 0, 0, "HTTP " + status, Map.of()));
        return this;
    }

    public FakeSite redirect(String url, String location) {
        results.put(url, new PageResult(url, 301, "redirect", "", "", 0, 0, "", Map.of("location", location)));
        return this;
    }

    /** A page the browser left for {@code finalUrl} (meta refresh, script), showing {@code html}. */
    FakeSite movedInBrowser(String url, String finalUrl, String html) {
        results.put(url, new PageResult(url, 200, "page", "", "", 0, 0, "", Map.of("finalUrl", finalUrl)));
        snapshots.put(url, new PageSnapshot(url, finalUrl, 200, "text/html", "", "", html, List.of()));
        return this;
    }

    @Override
    public List<PageSnapshot> pages() {
        return snapshots.values().stream().sorted(Comparator.comparing(PageSnapshot::url)).toList();
    }

    @Override
    public Optional<PageResult> result(String url) {
        return Optional.ofNullable(results.get(url));
    }

    @Override
    public Optional<PageSnapshot> page(String url) {
        return Optional.ofNullable(snapshots.get(url));
    }

    @Override
    public void recordPageData(String url, String key, Object value) {
        results.computeIfPresent(url, (u, r) -> r.withData(key, value));
    }

    @Override
    public void recordSummary(String key, Object value) {
        summary.put(key, value);
    }
}
