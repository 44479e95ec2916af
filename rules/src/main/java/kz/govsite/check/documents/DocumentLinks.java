package kz.govsite.check.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import kz.govsite.check.SiteView;
import kz.govsite.crawl.ResourceKinds;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.page.PageResult;
import kz.govsite.page.PageSnapshot;
import org.jsoup.nodes.Element;

/**
 * The documents a crawl's pages link to, in a fixed order (pages by URL, links in page order): by
 * name ({@code .pdf}, {@code .docx}, …) or because the crawl found the URL serves a document.
 */
final class DocumentLinks {
    /** A link to a document as a page shows it. */
    record Link(String url, String text) {
    }

    private final Map<String, List<String>> linkedFrom = new LinkedHashMap<>();
    private final Map<String, List<Link>> byPage = new LinkedHashMap<>();

    static DocumentLinks of(SiteView site, Predicate<String> inScope) {
        var out = new DocumentLinks();
        for (PageSnapshot page : site.pages()) {
            var links = new ArrayList<Link>();
            var seen = new java.util.HashSet<String>();
            for (Element a : page.document().select("a[href], area[href]")) {
                var url = UrlNormalizer.normalize(page.finalUrl(), a.attr("href"));
                if (url.isEmpty() || !inScope.test(url.get()) || !isDocument(site, url.get())) continue;
                if (!seen.add(url.get())) continue;
                links.add(new Link(url.get(), a.text()));
                out.linkedFrom.computeIfAbsent(url.get(), u -> new ArrayList<>()).add(page.url());
            }
            out.byPage.put(page.url(), links);
        }
        return out;
    }

    private static boolean isDocument(SiteView site, String url) {
        if (ResourceKinds.isDocument(url)) return true;
        return site.result(url).map(PageResult::kind).filter("document"::equals).isPresent();
    }

    /** Every document, in the order it was first linked. */
    List<String> documents() {
        return List.copyOf(linkedFrom.keySet());
    }

    /** The pages that link to a document, sorted as the crawl's pages are. */
    List<String> pagesLinking(String document) {
        return linkedFrom.getOrDefault(document, List.of());
    }

    /** A page's document links, in page order. */
    List<Link> on(String page) {
        return byPage.getOrDefault(page, List.of());
    }
}
