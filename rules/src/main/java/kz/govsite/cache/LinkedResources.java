package kz.govsite.cache;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import kz.govsite.page.PageSnapshot;
import org.jsoup.nodes.Element;

/** The stylesheets and scripts a rendered page links: a change to any of them can change its findings. */
public final class LinkedResources {
    private LinkedResources() {
    }

    /** Absolute http(s) URLs of {@code <link rel=stylesheet>} and {@code <script src>}, sorted. */
    public static List<String> of(PageSnapshot page) {
        var urls = new TreeSet<String>();
        for (Element link : page.document().select("link[href]")) {
            String rel = link.attr("rel").toLowerCase(Locale.ROOT);
            if (rel.contains("stylesheet")) add(urls, link.absUrl("href"));
        }
        for (Element script : page.document().select("script[src]")) {
            add(urls, script.absUrl("src"));
        }
        return List.copyOf(urls);
    }

    private static void add(TreeSet<String> urls, String url) {
        if (url.startsWith("http://") || url.startsWith("https://")) {
            int hash = url.indexOf('#');
            urls.add(hash < 0 ? url : url.substring(0, hash));
        }
    }
}
