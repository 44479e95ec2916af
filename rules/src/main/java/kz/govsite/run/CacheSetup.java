package kz.govsite.run;

import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.cache.CacheFingerprint;
import kz.govsite.cache.PageCache;
import kz.govsite.cache.ResourceHashes;
import kz.govsite.crawl.HttpFetcher;
import kz.govsite.internal.Version;

/** Opens the incremental cache a configuration asks for, or none. */
final class CacheSetup {
    private CacheSetup() {
    }

    static PageReuse reuse(GovsiteConfig config, HttpFetcher fetcher, Progress progress) {
        if (config.crawl().cacheDirectory() == null) return PageReuse.NONE;
        var cache = PageCache.open(config.crawl().cacheDirectory(), CacheFingerprint.of(config, Version.build()));
        progress.info("Cache: " + config.crawl().cacheDirectory() + " (unchanged pages are not checked again)");
        return new PageReuse(cache, new ResourceHashes(fetcher), progress);
    }
}
