package kz.govsite.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import kz.govsite.Progress;
import kz.govsite.cache.CachedPage;
import kz.govsite.cache.LinkedResources;
import kz.govsite.cache.PageCache;
import kz.govsite.cache.ResourceHashes;
import kz.govsite.crawl.FetchResult;
import kz.govsite.crawl.Frontier;
import kz.govsite.page.PageResult;

/**
 * Between the visits and the incremental cache: a page whose served HTML and linked stylesheets and
 * scripts are unchanged is taken from the cache, marked {@value #CACHED} in the report; a page checked
 * afresh is kept for the next run.
 */
class PageReuse {
    /** The page data key that marks a page whose results came from the cache. */
    static final String CACHED = "cached";

    /** No cache: every page is checked. */
    static final PageReuse NONE = new PageReuse(null, null, Progress.SILENT);

    private final PageCache cache;
    private final ResourceHashes resources;
    private final Progress progress;
    private final Map<String, String> servedHtml = new ConcurrentHashMap<>();
    private volatile boolean warned;

    PageReuse(PageCache cache, ResourceHashes resources, Progress progress) {
        this.cache = cache;
        this.resources = resources;
        this.progress = progress;
    }

    /** The cached outcome of an HTML page the server just answered, when nothing it depends on changed. */
    Optional<VisitOutcome> lookup(Frontier.Entry entry, FetchResult fetch, long fetchMs) {
        if (cache == null || fetch.bodySha256().isEmpty()) return Optional.empty();
        String url = entry.url();
        servedHtml.put(url, fetch.bodySha256());
        return cache.find(url, fetch.bodySha256(), resources).map(page -> {
            PageResult was = page.result();
            var data = new TreeMap<>(was.data());
            data.remove(PageTimings.KEY);
            data.put(CACHED, true);
            var result = new PageResult(url, was.status(), was.kind(), was.title(), was.lang(), fetchMs, 0,
                    was.error(), data);
            return new VisitOutcome(result, page.snapshot(), page.findings(), page.next(), page.documents(),
                    page.messages());
        });
    }

    /**
     * Keeps a freshly checked page. Pages where the browser or a check failed are not kept: their
     * results are incomplete, and the next run should try again.
     */
    void store(VisitOutcome outcome) {
        if (cache == null || outcome.snapshot() == null || !outcome.result().isPage()) return;
        if (Boolean.TRUE.equals(outcome.result().data().get(CACHED))) return;
        String html = servedHtml.remove(outcome.result().url());
        if (html == null || outcome.findings().stream().anyMatch(f -> f.family().equals("site"))) return;
        try {
            var hashes = new LinkedHashMap<String, String>();
            for (String url : LinkedResources.of(outcome.snapshot())) hashes.put(url, resources.apply(url));
            cache.store(new CachedPage(outcome.result().url(), html, hashes, outcome.result(), outcome.snapshot(),
                    outcome.findings(), outcome.next(), outcome.documents(), outcome.messages()));
        } catch (RuntimeException e) {
            // A cache that cannot be written costs the next run time, not this run its results.
            if (!warned) {
                warned = true;
                progress.warn("the cache could not be written, the next run checks every page again: " + e.getMessage());
            }
        }
    }
}
