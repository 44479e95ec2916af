package kz.govsite.report;

import static kz.govsite.internal.Html.esc;

import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.internal.Html;

/** Links to pages in report.html: only http(s) URLs become links, shown as people read them. */
public final class HtmlLinks {
    private HtmlLinks() {
    }

    /** An escaped link to a page, or the escaped URL as code when it is not a safe link. */
    public static String link(String url) {
        String href = Html.safeHref(url);
        if (href == null) return "<code>" + esc(url) + "</code>";
        return "<a href=\"" + esc(href) + "\">" + esc(UrlNormalizer.forReading(url)) + "</a>";
    }
}
