package kz.govsite.check;

import kz.govsite.browser.AxeRun;

/** Where a {@link CheckFamily} puts the checks it adds to a run. */
public interface CheckSink {
    /** A check that runs while the page is open in the browser; they run in the order added. */
    void live(LiveCheck check);

    /** A check of what a visit captured. */
    void page(PageCheck check);

    /** A check of the whole site once every page was visited; they run in the order added. */
    void site(SiteWideCheck check);

    /** axe-core runs on the pages with these options: the report names axe's version and these rules. */
    void axe(AxeRun run);
}
