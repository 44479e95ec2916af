package kz.govsite.run;

import java.net.URI;
import java.util.List;
import java.util.Map;
import kz.govsite.crawl.FetchResult;
import kz.govsite.crawl.Frontier;
import kz.govsite.crawl.HttpFetcher;
import kz.govsite.crawl.RateLimiter;
import kz.govsite.crawl.Scope;
import kz.govsite.internal.Pause;
import kz.govsite.page.PageResult;

/**
 * Asks the server for a URL before the browser does: waits out a short Retry-After once, and
 * follows redirects as visits of their own, stopping loops and endless chains.
 */
final class PageFetching {
    /** Longest Retry-After we wait for before reporting the page as unavailable. */
    static final long MAX_RETRY_AFTER_SECONDS = 30;

    private final HttpFetcher fetcher;
    private final RateLimiter rateLimiter;
    private final Scope scope;
    private final RedirectChains redirects = new RedirectChains();

    PageFetching(HttpFetcher fetcher, RateLimiter rateLimiter, Scope scope) {
        this.fetcher = fetcher;
        this.rateLimiter = rateLimiter;
        this.scope = scope;
    }

    /** The server's answer; a 429 or 503 that asks for a short wait is asked again once after it. */
    FetchResult fetch(String url) {
        FetchResult fetch = fetcher.fetch(url);
        if (asksToComeBack(fetch) && fetch.retryAfterSeconds() >= 0
                && fetch.retryAfterSeconds() <= MAX_RETRY_AFTER_SECONDS) {
            String host = URI.create(url).getHost();
            rateLimiter.backOff(host, fetch.retryAfterSeconds());
            Pause.quietly(fetch.retryAfterSeconds() * 1000);
            fetch = fetcher.fetch(url);
        }
        return fetch;
    }

    /** Why an error answer was not waited out, for its finding's message; empty when it did not ask. */
    static String retryAfterNote(FetchResult fetch) {
        if (asksToComeBack(fetch) && fetch.retryAfterSeconds() > MAX_RETRY_AFTER_SECONDS) {
            return " and asks to come back in " + fetch.retryAfterSeconds() + " s, longer than govsite waits ("
                    + MAX_RETRY_AFTER_SECONDS + " s)";
        }
        return "";
    }

    private static boolean asksToComeBack(FetchResult fetch) {
        return fetch.status() == 429 || fetch.status() == 503;
    }

    /** A redirect is recorded as the page's result; its target is queued when it is a page of the site. */
    VisitOutcome redirect(Frontier.Entry entry, FetchResult fetch, long fetchMs) {
        String url = entry.url();
        String target = fetch.location();
        var data = Map.<String, Object>of("location", target);
        var result = new PageResult(url, fetch.status(), "redirect", "", "", fetchMs, 0, "", data);
        if (!target.startsWith("http://") && !target.startsWith("https://")) {
            return new VisitOutcome(result, null, List.of(), List.of(), List.of(),
                    List.of(url + " redirects to " + target + ", which is not a web page (not followed)"));
        }
        if (!scope.contains(target)) {
            return new VisitOutcome(result, null, List.of(), List.of(), List.of(),
                    List.of(url + " redirects out of scope to " + target + " (recorded, not followed)"));
        }
        var stop = redirects.stop(url, target);
        if (stop.isPresent()) {
            var finding = SiteFindings.redirectLoop(redirects.start(url), fetch.status(), stop.get());
            return new VisitOutcome(result, null, entry.requestedByCheck() ? List.of() : List.of(finding),
                    List.of(), List.of(), List.of());
        }
        return new VisitOutcome(result, null, List.of(), List.of(target), List.of(), List.of());
    }
}
