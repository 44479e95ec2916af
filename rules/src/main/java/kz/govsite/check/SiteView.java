package kz.govsite.check;

import java.util.List;
import java.util.Optional;
import kz.govsite.page.PageSnapshot;
import kz.govsite.page.PageResult;

/** The finished crawl, as a {@link SiteWideCheck} sees it. */
public interface SiteView {
    /** Every page that rendered as HTML, sorted by URL. */
    List<PageSnapshot> pages();

    /** The outcome of any URL the crawl visited, HTML or not, including errors. */
    Optional<PageResult> result(String url);

    /** The snapshot of a visited HTML page. */
    Optional<PageSnapshot> page(String url);

    /** Adds a value to the page's data in report.json under {@code key} (e.g. its language verdict). */
    void recordPageData(String url, String key, Object value);

    /** Adds a value to the report's summary under {@code key} (e.g. the parity share). */
    void recordSummary(String key, Object value);
}
