package kz.govsite.check;

import java.nio.file.Path;
import java.util.List;
import kz.govsite.browser.BrowserSession;
import kz.govsite.page.PageSnapshot;

/** A page open in a browser session, as a {@link LiveCheck} sees it; the check brings its own options. */
public interface LivePage {
    /** The URL that was visited. */
    String url();

    /** What the visit captured before any live check ran. */
    PageSnapshot snapshot();

    /** The browser, showing this page. */
    BrowserSession session();

    /** Links of this page that lie inside the crawl's scope, normalised, in document order. */
    List<String> inScopeLinks();

    /** Adds a value to this page's entry in report.json under {@code key}. */
    void record(String key, Object value);

    /** Where files about this page (screenshots) may be written; the folder exists. */
    Path artifactDirectory();
}
