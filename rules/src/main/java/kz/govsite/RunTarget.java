package kz.govsite;

import java.nio.file.Path;
import java.util.List;

/**
 * What one run checks: start URLs, a sitemap, a folder served as a site, or a mix. Apart from the
 * settings, because an audit shares its settings between sites that each bring their own target.
 *
 * @param urls          where the crawl starts (http or https)
 * @param sitemap       a sitemap or sitemap index, as URL or file path, or null
 * @param siteDirectory a folder served on 127.0.0.1 and crawled from its index, or null
 */
public record RunTarget(List<String> urls, String sitemap, Path siteDirectory) {
    public RunTarget {
        urls = urls.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Throws naming the first bad parameter: a target needs one of the three, each of them sound. */
    public void validate() {
        if (urls.isEmpty() && sitemap == null && siteDirectory == null) {
            throw new InvalidConfigException("govsite.url",
                    "nothing to check: give start URLs (govsite.url), a sitemap (govsite.sitemap) "
                            + "or a folder (govsite.siteDirectory)");
        }
        for (String url : urls) {
            GovsiteConfig.Builder.validateHttpUrl("govsite.url", url);
        }
        if (sitemap != null) {
            GovsiteConfig.Builder.validateSitemap(sitemap);
        }
        if (siteDirectory != null && !siteDirectory.toFile().isDirectory()) {
            throw new InvalidConfigException("govsite.siteDirectory", "'" + siteDirectory + "' is not a folder");
        }
    }
}
