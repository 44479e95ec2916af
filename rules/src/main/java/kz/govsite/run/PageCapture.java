package kz.govsite.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import kz.govsite.browser.BrowserSession;
import kz.govsite.crawl.ResourceKinds;
import kz.govsite.crawl.Scope;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.page.PageSnapshot;
import org.openqa.selenium.WebDriverException;

/** Reads what the rendered page is (title, language, markup, links) in one script call, and sorts its links. */
final class PageCapture {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SNAPSHOT = """
            var links = [];
            document.querySelectorAll('a[href], area[href]').forEach(function (a) { links.push(a.href); });
            var el = document.documentElement;
            // Pictures pasted into an editor stay inline as data: URIs of megabytes; no check reads them.
            // (A regular expression over such a run overflows V8's stack, hence the plain scan.)
            function shorten(html) {
              var out = '', from = 0;
              for (;;) {
                var at = html.indexOf('data:', from);
                if (at < 0) return out + html.substring(from);
                var end = html.length;
                ['"', "'", ')', ' ', '>'].forEach(function (c) {
                  var k = html.indexOf(c, at);
                  if (k >= 0 && k < end) end = k;
                });
                if (end - at > 2000) {
                  var comma = html.indexOf(',', at);
                  var head = comma > at && comma - at < 100 ? html.substring(at, comma) : 'data:';
                  out += html.substring(from, at) + head.replace(/;base64$/, '') + ',…';
                } else {
                  out += html.substring(from, end);
                }
                from = end;
              }
            }
            return JSON.stringify({ title: document.title || '', lang: el ? (el.getAttribute('lang') || '') : '',
              html: el ? shorten(el.outerHTML) : '', links: links, contentType: document.contentType || '' });
            """;

    private PageCapture() {
    }

    /**
     * The links of a page, sorted.
     *
     * @param next      in-scope pages to queue, each once
     * @param documents documents (PDF, Office files) it links to, each once
     * @param inScope   in-scope page links in page order, repeats kept, for the live checks
     */
    record Links(List<String> next, List<String> documents, List<String> inScope) {
    }

    static PageSnapshot capture(BrowserSession session, String url, String finalUrl, int status) {
        Object raw = session.script(SNAPSHOT);
        try {
            JsonNode n = JSON.readTree(String.valueOf(raw));
            var links = new ArrayList<String>();
            n.path("links").forEach(l -> links.add(l.asText()));
            return new PageSnapshot(url, finalUrl, status, n.path("contentType").asText(), n.path("title").asText(),
                    n.path("lang").asText(), n.path("html").asText(), links);
        } catch (IOException e) {
            throw new WebDriverException("the page's DOM could not be read: " + e.getMessage());
        }
    }

    /** Resolves the snapshot's links against the address the browser ended on. */
    static Links links(PageSnapshot snapshot, String finalUrl, Scope scope) {
        var next = new LinkedHashSet<String>();
        var documents = new LinkedHashSet<String>();
        var inScope = new ArrayList<String>();
        for (String href : snapshot.links()) {
            UrlNormalizer.normalize(finalUrl, href).ifPresent(link -> {
                if (ResourceKinds.looksNonHtml(link)) {
                    if (ResourceKinds.isDocument(link)) documents.add(link);
                } else if (scope.contains(link)) {
                    next.add(link);
                    inScope.add(link);
                }
            });
        }
        return new Links(List.copyOf(next), List.copyOf(documents), inScope);
    }
}
