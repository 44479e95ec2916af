package kz.govsite;

import java.nio.file.Path;
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
 * @param cacheDirectory       where results of unchanged pages are kept for the next run, or null for no cache
 * @param obeyRobots           whether robots.txt (and its Crawl-delay) is obeyed: yes for other people's sites
 * @param contact              how a site's administrators reach whoever runs the crawl (e-mail or URL),
 *                             sent in the User-Agent; empty for none
 */
public record CrawlOptions(int maxPages, int maxDepth, List<Pattern> includes, List<Pattern> excludes,
                           Set<String> scopeHosts, double maxRequestsPerSecond, Path cacheDirectory,
                           boolean obeyRobots, String contact) {
    public CrawlOptions {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        scopeHosts = Set.copyOf(scopeHosts);
        contact = contact == null ? "" : contact.strip();
    }

    /** Bounds with a cache, not reading robots.txt. */
    public CrawlOptions(int maxPages, int maxDepth, List<Pattern> includes, List<Pattern> excludes,
                        Set<String> scopeHosts, double maxRequestsPerSecond, Path cacheDirectory) {
        this(maxPages, maxDepth, includes, excludes, scopeHosts, maxRequestsPerSecond, cacheDirectory, false, "");
    }

    /** Bounds without a cache. */
    public CrawlOptions(int maxPages, int maxDepth, List<Pattern> includes, List<Pattern> excludes,
                        Set<String> scopeHosts, double maxRequestsPerSecond) {
        this(maxPages, maxDepth, includes, excludes, scopeHosts, maxRequestsPerSecond, null);
    }

    public static CrawlOptions defaults() {
        return new CrawlOptions(500, -1, List.of(), List.of(), Set.of(), 5.0);
    }

    public CrawlOptions withMaxPages(int pages) {
        return new CrawlOptions(pages, maxDepth, includes, excludes, scopeHosts, maxRequestsPerSecond, cacheDirectory,
                obeyRobots, contact);
    }

    public CrawlOptions withCache(Path directory) {
        return new CrawlOptions(maxPages, maxDepth, includes, excludes, scopeHosts, maxRequestsPerSecond, directory,
                obeyRobots, contact);
    }

    /** The same bounds, as a guest: obeying robots.txt or not, and naming a contact. */
    public CrawlOptions asGuest(boolean robots, String contactInfo) {
        return new CrawlOptions(maxPages, maxDepth, includes, excludes, scopeHosts, maxRequestsPerSecond, cacheDirectory,
                robots, contactInfo);
    }
}
