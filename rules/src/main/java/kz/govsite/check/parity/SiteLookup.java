package kz.govsite.check.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.govsite.check.SiteView;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.page.PageSnapshot;
import kz.govsite.page.PageResult;

/** Looks URLs up in the finished crawl, following redirects the way a visitor would. */
final class SiteLookup {
    private static final int MAX_HOPS = 5;
    private final SiteView site;

    SiteLookup(SiteView site) {
        this.site = site;
    }

    /**
     * Where a URL led.
     *
     * @param requested the URL asked for
     * @param finalUrl  where the redirects (HTTP or in the browser) ended
     * @param result    the crawl's result for the final URL, or null when it was not visited
     * @param snapshot  the rendered page, or null
     */
    record Resolution(String requested, String finalUrl, PageResult result, PageSnapshot snapshot) {
        boolean visited() {
            return result != null;
        }

        boolean redirected() {
            return !UrlNormalizer.pageKey(requested).equals(UrlNormalizer.pageKey(finalUrl));
        }
    }

    Resolution resolve(String url) {
        String current = url;
        var seen = new ArrayList<String>();
        for (int hop = 0; hop <= MAX_HOPS; hop++) {
            seen.add(UrlNormalizer.pageKey(current));
            Optional<String> key = visitedKey(current);
            if (key.isEmpty()) return new Resolution(url, current, null, null);
            PageResult r = site.result(key.get()).orElseThrow();
            String next = null;
            if (r.kind().equals("redirect")) next = String.valueOf(r.data().getOrDefault("location", r.data().get("finalUrl")));
            else if (r.isPage() && r.data().get("finalUrl") instanceof String f) {
                // The browser moved on (meta refresh, script): the snapshot shows the final page.
                return new Resolution(url, f, r, site.page(key.get()).orElse(null));
            }
            if (next == null || next.equals("null") || seen.contains(UrlNormalizer.pageKey(next))) {
                return new Resolution(url, current, r, site.page(key.get()).orElse(null));
            }
            current = next;
        }
        return new Resolution(url, current, null, null);
    }

    /** The crawl stores a page under the URL it visited; "/x" and "/x/" are one page to it. */
    private Optional<String> visitedKey(String url) {
        for (String candidate : variants(url)) {
            if (site.result(candidate).isPresent()) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    private static List<String> variants(String url) {
        int q = url.indexOf('?');
        String head = q < 0 ? url : url.substring(0, q);
        String tail = q < 0 ? "" : url.substring(q);
        String other = head.endsWith("/") ? head.substring(0, head.length() - 1) : head + "/";
        return other.endsWith(":/") ? List.of(url) : List.of(url, other + tail);
    }
}
