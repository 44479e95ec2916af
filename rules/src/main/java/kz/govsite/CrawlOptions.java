package kz.govsite;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bounds of a crawl.
 *
 * @param maxPages             at most this many pages are visited
 * @param maxDepth             link hops from a start URL; -1 for no limit
 * @param includes             when not empty, only URLs matching one of these are visited
 * @param excludes             URLs matching any of these are never visited
 * @param scopeHosts           hosts that belong to the site; empty means the hosts of the start URLs
 * @param maxRequestsPerSecond politeness limit per host; 0 for none
 */
public record CrawlOptions(int maxPages, int maxDepth, List<Pattern> includes, List<Pattern> excludes,
                           Set<String> scopeHosts, double maxRequestsPerSecond) {
    public CrawlOptions {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        scopeHosts = Set.copyOf(scopeHosts);
    }

    public static CrawlOptions defaults() {
        return new CrawlOptions(500, -1, List.of(), List.of(), Set.of(), 5.0);
    }

    public CrawlOptions withMaxPages(int pages) {
        return new CrawlOptions(pages, maxDepth, includes, excludes, scopeHosts, maxRequestsPerSecond);
    }
}
