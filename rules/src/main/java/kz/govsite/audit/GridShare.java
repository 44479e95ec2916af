package kz.govsite.audit;

import java.net.URI;
import java.time.Duration;
import kz.govsite.BrowserOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.browser.GridStatus;

/**
 * How an audit shares a Selenium Grid's Chrome slots among its sites. Each site asking for every
 * free slot would have the second site wait in the Grid's queue until the first finished; instead
 * the slots are split: as many sites at once as the slots allow at two sessions each (few sessions
 * per host is also the polite way), never fewer than {@code siteConcurrency} asks for.
 *
 * @param sitesAtOnce sites checked at the same time
 * @param base        the shared settings, with each site's number of sessions fixed
 */
record GridShare(int sitesAtOnce, GovsiteConfig base) {
    /** Sessions per site a Grid audit aims at: pages of one site in parallel, yet light on its server. */
    static final int SESSIONS_PER_SITE = 2;
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(10);

    /** The plan for {@code sites} sites; without a Grid, or with sessions set by the user, the settings as given. */
    static GridShare plan(GovsiteConfig base, int sites, int siteConcurrency, Progress progress) {
        BrowserOptions browser = base.browser();
        if (browser.gridUrl() == null || browser.concurrency() != BrowserOptions.AUTO_CONCURRENCY) {
            return new GridShare(Math.min(siteConcurrency, Math.max(1, sites)), base);
        }
        int slots = Math.max(1, GridStatus.freeChromeSlots(URI.create(browser.gridUrl()), STATUS_TIMEOUT));
        var share = split(slots, sites, siteConcurrency);
        progress.info("Selenium Grid " + browser.gridUrl() + ": " + slots + " free Chrome slots, so " + share[0]
                + (share[0] == 1 ? " site" : " sites") + " at a time with " + share[1]
                + (share[1] == 1 ? " session" : " sessions") + " each");
        return new GridShare(share[0], base.withBrowser(browser.withConcurrency(share[1])));
    }

    /** {sites at once, sessions per site} for {@code slots} free slots. */
    static int[] split(int slots, int sites, int siteConcurrency) {
        int atOnce = Math.max(siteConcurrency, slots / SESSIONS_PER_SITE);
        atOnce = Math.max(1, Math.min(atOnce, Math.min(sites, slots)));
        return new int[] {atOnce, Math.max(1, slots / atOnce)};
    }
}
