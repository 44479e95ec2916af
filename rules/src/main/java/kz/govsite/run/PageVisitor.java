package kz.govsite.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.govsite.GovsiteConfig;
import kz.govsite.browser.BrowserSession;
import kz.govsite.browser.Navigation;
import kz.govsite.check.CheckRegistry;
import kz.govsite.crawl.FetchResult;
import kz.govsite.crawl.Frontier;
import kz.govsite.crawl.HttpFetcher;
import kz.govsite.crawl.RateLimiter;
import kz.govsite.crawl.ResourceKinds;
import kz.govsite.crawl.Scope;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.internal.Text;
import kz.govsite.page.PageResult;
import kz.govsite.page.PageSnapshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;

/**
 * Visits one URL: asks the server first, renders HTML pages in the browser, runs the checks, and
 * turns whatever goes wrong into a finding or a message, never into a lost page.
 */
final class PageVisitor {
    private final GovsiteConfig config;
    private final Scope scope;
    private final PageFetching fetching;
    private final LiveCheckRunner liveChecks;
    private final Path outputDirectory;
    private final PageReuse reuse;

    PageVisitor(GovsiteConfig config, Scope scope, HttpFetcher fetcher, RateLimiter rateLimiter,
                CheckRegistry checks, Path outputDirectory) {
        this(config, scope, fetcher, rateLimiter, checks, outputDirectory, PageReuse.NONE);
    }

    /** @param reuse where unchanged pages are taken from instead of being rendered again */
    PageVisitor(GovsiteConfig config, Scope scope, HttpFetcher fetcher, RateLimiter rateLimiter,
                CheckRegistry checks, Path outputDirectory, PageReuse reuse) {
        this.reuse = reuse;
        this.config = config;
        this.scope = scope;
        this.fetching = new PageFetching(fetcher, rateLimiter, scope);
        this.liveChecks = new LiveCheckRunner(checks.live(), timeoutSeconds());
        this.outputDirectory = outputDirectory;
    }

    VisitOutcome visit(Frontier.Entry entry, SessionHolder sessions) {
        String url = entry.url();
        long start = System.nanoTime();
        FetchResult fetch = fetching.fetch(url);
        long fetchMs = millisSince(start);

        if (fetch.status() == 0) return SiteFindings.unreachable(entry, fetchMs, fetch.error());
        if (fetch.isRedirect()) return fetching.redirect(entry, fetch, fetchMs);
        if (fetch.status() >= 400) {
            return SiteFindings.httpError(entry, fetch, fetchMs, PageFetching.retryAfterNote(fetch));
        }
        if (fetch.bodyIncomplete()) return SiteFindings.bodyTimedOut(entry, fetch, fetchMs);
        if (!ResourceKinds.isHtml(fetch.contentType())) {
            var result = new PageResult(url, fetch.status(), "document", "", "", fetchMs, 0, "", Map.of(
                    "contentType", fetch.contentType()));
            return new VisitOutcome(result, null, List.of(), List.of(), List.of(url), List.of());
        }
        if (!fetch.sniffedType().isEmpty()) return SiteFindings.mislabelled(entry, fetch, fetchMs);
        var reused = reuse.lookup(entry, fetch, fetchMs);
        if (reused.isPresent()) return reused.get();
        try {
            return render(entry, sessions, fetch, fetchMs);
        } catch (WebDriverException first) {
            if (first instanceof TimeoutException) return timedOut(entry, sessions, fetch, fetchMs);
            if (sessions.current().isAlive()) {
                return SiteFindings.loadError(entry, fetch.status(), fetchMs, Text.firstLine(first));
            }
            // The browser died (crash, out of memory, killed): start a new one and try once more.
            sessions.restart();
            try {
                return render(entry, sessions, fetch, fetchMs);
            } catch (TimeoutException second) {
                return timedOut(entry, sessions, fetch, fetchMs);
            } catch (WebDriverException second) {
                sessions.restart();
                return SiteFindings.crashedTwice(entry, fetch.status(), fetchMs, Text.firstLine(second));
            }
        }
    }

    private VisitOutcome render(Frontier.Entry entry, SessionHolder sessions, FetchResult fetch, long fetchMs) {
        String url = entry.url();
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            // The browser runs on the build machine: a crawl must never send it to its files.
            throw new IllegalArgumentException("only http(s) pages are crawled, not " + url);
        }
        BrowserSession session = sessions.current();
        long start = System.nanoTime();
        Navigation nav = session.open(url);
        long loadMs = fetchMs + millisSince(start);
        String finalUrl = UrlNormalizer.normalize(nav.finalUrl()).orElse(nav.finalUrl());
        if (nav.finalUrl().startsWith("chrome-error:")) {
            var elsewhere = ErrorPage.failedUrl(session).filter(failedUrl -> !ErrorPage.sameUrl(failedUrl, url));
            if (elsewhere.isPresent()) return ErrorPage.sentElsewhere(url, fetch.status(), loadMs, elsewhere.get(), session, scope);
            return SiteFindings.errorPage(entry, fetch.status(), loadMs);
        }
        int status = nav.status() == 0 ? fetch.status() : nav.status();
        if (!scope.onSite(finalUrl)) {
            // Read nothing of a page outside the site: it may be another site, or not a web page at all.
            session.blank();
            var result = new PageResult(url, status, "redirect", "", "", loadMs, 0, "", Map.of("finalUrl", finalUrl));
            return new VisitOutcome(result, null, List.of(), List.of(), List.of(),
                    List.of(url + " took the browser out of the site to " + finalUrl + "; not checked"));
        }
        PageSnapshot snapshot = PageCapture.capture(session, url, nav.finalUrl(), status);
        loadMs = fetchMs + millisSince(start);
        var links = PageCapture.links(snapshot, nav.finalUrl(), scope);

        long checkStart = System.nanoTime();
        var page = new OpenPage(url, snapshot, session, links.inScope(), PageFolders.forUrl(outputDirectory, url));
        var live = liveChecks.run(page, sessions);
        // Page checks need no browser: the crawl runs them on other threads (see PageChecks).
        long checkMs = millisSince(checkStart);
        var data = new TreeMap<>(page.data());
        if (!live.timings().isEmpty()) data.put(PageTimings.KEY, live.timings());
        if (!finalUrl.equals(url)) data.put("finalUrl", finalUrl);
        var result = new PageResult(url, snapshot.status(), "page", snapshot.title(), snapshot.declaredLang(),
                loadMs, checkMs, "", data);
        return new VisitOutcome(result, snapshot, live.findings(), links.next(), links.documents(), List.of());
    }

    private VisitOutcome timedOut(Frontier.Entry entry, SessionHolder sessions, FetchResult fetch, long fetchMs) {
        BrowserSession session = sessions.current();
        if (session.isAlive()) {
            try {
                session.blank();
            } catch (WebDriverException e) {
                sessions.restart();
            }
        } else {
            sessions.restart();
        }
        return SiteFindings.loadTimedOut(entry, fetch.status(), fetchMs, timeoutSeconds());
    }

    private long timeoutSeconds() {
        return config.browser().pageTimeout().toSeconds();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
