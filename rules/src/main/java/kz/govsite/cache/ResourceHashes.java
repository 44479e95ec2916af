package kz.govsite.cache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import kz.govsite.crawl.FetchResult;
import kz.govsite.crawl.HttpFetcher;

/**
 * The current SHA-256 of stylesheets and scripts, each fetched once per run however many pages share
 * it; empty for one that cannot be fetched.
 */
public final class ResourceHashes implements Function<String, String> {
    private final HttpFetcher fetcher;
    private final ConcurrentHashMap<String, CompletableFuture<String>> hashes = new ConcurrentHashMap<>();

    public ResourceHashes(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public String apply(String url) {
        var mine = new CompletableFuture<String>();
        CompletableFuture<String> known = hashes.putIfAbsent(url, mine);
        if (known != null) return known.join();
        FetchResult fetch = fetcher.fetch(url);
        mine.complete(fetch.status() == 200 ? fetch.bodySha256() : "");
        return mine.join();
    }
}
