package kz.govsite.page;

import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What one visit learned about a page in its normal mode: the rendered DOM and the facts around it.
 *
 * <p>The DOM is the browser's serialisation after scripts ran, so client-side pages are seen as a
 * user sees them. Checks that need no live browser (language, parity) work on this alone, which
 * keeps them testable with hand-written HTML.
 */
public final class PageSnapshot {
    private final String url;
    private final String finalUrl;
    private final int status;
    private final String contentType;
    private final String title;
    private final String declaredLang;
    private final String html;
    private final List<String> links;
    private volatile Document document;

    public PageSnapshot(String url, String finalUrl, int status, String contentType, String title,
                        String declaredLang, String html, List<String> links) {
        this.url = Objects.requireNonNull(url, "url");
        this.finalUrl = finalUrl == null ? url : finalUrl;
        this.status = status;
        this.contentType = contentType == null ? "" : contentType;
        this.title = title == null ? "" : title;
        this.declaredLang = declaredLang == null ? "" : declaredLang;
        this.html = html == null ? "" : html;
        this.links = links == null ? List.of() : List.copyOf(links);
    }

    /** A snapshot of an HTML string as if it had been served with status 200 at {@code url}. */
    public static PageSnapshot ofHtml(String url, String html) {
        Document doc = Jsoup.parse(html, url);
        var links = doc.select("a[href]").eachAttr("abs:href");
        return new PageSnapshot(url, url, 200, "text/html", doc.title(),
                doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang"), html, links);
    }

    /** The URL the crawl asked for (normalised). */
    public String url() { return url; }

    /** Where the browser ended up after redirects. */
    public String finalUrl() { return finalUrl; }

    /** The HTTP status of the main document. */
    public int status() { return status; }

    public String contentType() { return contentType; }

    public String title() { return title; }

    /** The {@code lang} attribute of the {@code <html>} element, or empty. */
    public String declaredLang() { return declaredLang; }

    /** The rendered DOM as HTML. */
    public String html() { return html; }

    /** Absolute URLs of the page's links, in document order. */
    public List<String> links() { return links; }

    /** The rendered DOM parsed once, on first use. Treat as read-only: it is shared by checks. */
    public Document document() {
        Document doc = document;
        if (doc == null) {
            synchronized (this) {
                doc = document;
                if (doc == null) {
                    doc = Jsoup.parse(html, finalUrl);
                    document = doc;
                }
            }
        }
        return doc;
    }

    @Override
    public String toString() {
        return "PageSnapshot[" + url + " " + status + "]";
    }
}
