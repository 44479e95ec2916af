package kz.govsite.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import kz.govsite.GovsiteConfig;
import kz.govsite.browser.AxeScript;
import kz.govsite.browser.BrowserSession;
import kz.govsite.browser.Navigation;
import kz.govsite.check.CheckRegistry;
import kz.govsite.check.LiveCheck;
import kz.govsite.crawl.FetchResult;
import kz.govsite.crawl.Frontier;
import kz.govsite.crawl.HttpFetcher;
import kz.govsite.crawl.RateLimiter;
import kz.govsite.crawl.ResourceKinds;
import kz.govsite.crawl.Scope;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Message;
import kz.govsite.finding.Severity;
import kz.govsite.internal.Pause;
import kz.govsite.page.PageSnapshot;
import kz.govsite.page.PageResult;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;

/**
 * Visits one URL: asks the server first, renders HTML pages in the browser, runs the checks, and
 * turns whatever goes wrong into a finding or a message, never into a lost page.
 */
final class PageVisitor {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longest Retry-After we wait for before reporting the page as unavailable. */
    private static final long MAX_RETRY_AFTER_SECONDS = 30;

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

    private final GovsiteConfig config;
    private final Scope scope;
    private final HttpFetcher fetcher;
    private final RateLimiter rateLimiter;
    private final CheckRegistry checks;
    private final Path outputDirectory;
    private final RedirectChains redirects = new RedirectChains();

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
        this.fetcher = fetcher;
        this.rateLimiter = rateLimiter;
        this.checks = checks;
        this.outputDirectory = outputDirectory;
    }

    VisitOutcome visit(Frontier.Entry entry, SessionHolder sessions) {
        String url = entry.url();
        long start = System.nanoTime();
        FetchResult fetch = fetchHonouringRetryAfter(url);
        long fetchMs = millisSince(start);

        if (fetch.status() == 0) {
            return failed(entry, 0, fetchMs, fetch.error(), "site.unreachable", Severity.SERIOUS,
                    "the page could not be fetched: " + fetch.error(), Message.of("site.unreachable", "error", fetch.error()));
        }
        if (fetch.isRedirect()) {
            return redirect(entry, fetch, fetchMs);
        }
        if (fetch.status() >= 400) {
            return failed(entry, fetch.status(), fetchMs, "HTTP " + fetch.status(), "site.http-error",
                    Severity.MODERATE, "the page answers HTTP " + fetch.status() + retryAfterNote(fetch),
                    Message.of("site.http-error", "status", fetch.status()));
        }
        if (fetch.bodyIncomplete()) {
            return failed(entry, fetch.status(), fetchMs, "timed out", "site.timeout", Severity.MODERATE,
                    fetch.error(), Message.of("site.timeout.body", "error", fetch.error()));
        }
        if (!ResourceKinds.isHtml(fetch.contentType())) {
            var result = new PageResult(url, fetch.status(), "document", "", "", fetchMs, 0, "", Map.of(
                    "contentType", fetch.contentType()));
            return new VisitOutcome(result, null, List.of(), List.of(), List.of(url), List.of());
        }
        if (!fetch.sniffedType().isEmpty()) {
            return mislabelled(entry, fetch, fetchMs);
        }
        var reused = reuse.lookup(entry, fetch, fetchMs);
        if (reused.isPresent()) return reused.get();
        try {
            return render(entry, sessions, fetch, fetchMs);
        } catch (WebDriverException first) {
            if (first instanceof TimeoutException) {
                return timedOut(entry, sessions, fetch, fetchMs);
            }
            if (sessions.current().isAlive()) {
                return failed(entry, fetch.status(), fetchMs, firstLine(first), "site.load-error", Severity.MODERATE,
                        "the browser could not load the page: " + firstLine(first),
                        Message.of("site.load-error", "error", firstLine(first)));
            }
            // The browser died (crash, out of memory, killed): start a new one and try once more.
            sessions.restart();
            try {
                return render(entry, sessions, fetch, fetchMs);
            } catch (TimeoutException second) {
                return timedOut(entry, sessions, fetch, fetchMs);
            } catch (WebDriverException second) {
                sessions.restart();
                return failed(entry, fetch.status(), fetchMs, "browser crashed twice", "site.browser-crash",
                        Severity.SERIOUS, "the browser crashed on this page twice: " + firstLine(second),
                        Message.of("site.browser-crash", "error", firstLine(second)));
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
            return failed(entry, fetch.status(), loadMs, "error page", "site.load-error", Severity.MODERATE,
                    "the browser showed its error page instead of the page", Message.of("site.load-error.error-page"));
        }
        if (!scope.onSite(finalUrl)) {
            // Read nothing of a page outside the site: it may be another site, or not a web page at all.
            session.blank();
            var result = new PageResult(url, nav.status() == 0 ? fetch.status() : nav.status(), "redirect", "", "",
                    loadMs, 0, "", Map.of("finalUrl", finalUrl));
            return new VisitOutcome(result, null, List.of(), List.of(), List.of(),
                    List.of(url + " took the browser out of the site to " + finalUrl + "; not checked"));
        }
        PageSnapshot snapshot = capture(session, url, nav.finalUrl(), nav.status() == 0 ? fetch.status() : nav.status());
        loadMs = fetchMs + millisSince(start);

        var next = new LinkedHashSet<String>();
        var documents = new LinkedHashSet<String>();
        var inScope = new ArrayList<String>();
        for (String href : snapshot.links()) {
            UrlNormalizer.normalize(nav.finalUrl(), href).ifPresent(link -> {
                if (ResourceKinds.looksNonHtml(link)) {
                    if (ResourceKinds.isDocument(link)) documents.add(link);
                } else if (scope.contains(link)) {
                    next.add(link);
                    inScope.add(link);
                }
            });
        }

        long checkStart = System.nanoTime();
        var page = new OpenPage(url, snapshot, session, inScope, PageFolders.forUrl(outputDirectory, url));
        var findings = new ArrayList<Finding>();
        var timings = new java.util.TreeMap<String, Long>();
        var live = checks.live();
        for (int i = 0; i < live.size(); i++) {
            long liveStart = System.nanoTime();
            try {
                findings.addAll(runLive(live.get(i), page, session));
            } catch (TimeoutException e) {
                findings.add(checkTimedOut(live.get(i).family(), url));
                if (!session.isAlive()) {
                    // The browser was stopped to end the check: the others cannot run on this page.
                    for (LiveCheck skipped : live.subList(i + 1, live.size())) {
                        findings.add(checkError(skipped.family(), url, "the browser was stopped after the "
                                + live.get(i).family() + " check hung"));
                    }
                    sessions.restart();
                    break;
                }
            } finally {
                timings.merge(live.get(i).family(), millisSince(liveStart), Long::sum);
            }
        }
        closeExtraWindows(session);
        // Page checks need no browser: the crawl runs them on other threads (see PageChecks).
        long checkMs = millisSince(checkStart);
        var data = new java.util.TreeMap<>(page.data());
        if (!timings.isEmpty()) data.put(PageTimings.KEY, timings);
        if (!finalUrl.equals(url)) data.put("finalUrl", finalUrl);
        var result = new PageResult(url, snapshot.status(), "page", snapshot.title(), snapshot.declaredLang(),
                loadMs, checkMs, "", data);
        return new VisitOutcome(result, snapshot, findings, List.copyOf(next), List.copyOf(documents), List.of());
    }

    /**
     * A live check that breaks is reported; a browser that dies inside it is the caller's to handle,
     * and so is one that stops answering ({@link TimeoutException}).
     */
    private List<Finding> runLive(LiveCheck check, OpenPage page, BrowserSession session) {
        try {
            return check.inspect(page);
        } catch (TimeoutException | ScriptTimeoutException e) {
            // A page that left while a check waited on it can leave the check waiting until its time is up.
            var away = session.urlWithoutThePage().flatMap(now -> leftFor(now, page));
            if (away.isPresent()) return List.of(checkError(check.family(), page.url(), away.get()));
            throw new TimeoutException(e.getMessage(), e);
        } catch (WebDriverException e) {
            if (!session.isAlive()) throw e;
            return List.of(checkError(check.family(), page.url(), navigatedAway(session, page).orElse(firstLine(e))));
        } catch (AxeScript.AxeFailedException e) {
            return List.of(checkError(check.family(), page.url(), e.getMessage()));
        } catch (RuntimeException e) {
            return List.of(checkError(check.family(), page.url(), e.toString()));
        }
    }

    /** Windows a page opened (pop-ups, window.open on a timer) would pile up from page to page. */
    private static void closeExtraWindows(BrowserSession session) {
        try {
            session.closeExtraWindows();
        } catch (WebDriverException ignored) {
            // a browser that broke here is noticed by the next page's load
        }
    }

    /** A page that leaves by script while a check runs takes the check's results with it: say so. */
    private static java.util.Optional<String> navigatedAway(BrowserSession session, OpenPage page) {
        try {
            return leftFor(session.currentUrl(), page);
        } catch (WebDriverException e) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<String> leftFor(String now, OpenPage page) {
        String was = page.snapshot().finalUrl();
        if (UrlNormalizer.normalize(now).equals(UrlNormalizer.normalize(was))) return java.util.Optional.empty();
        return java.util.Optional.of("the page went on to " + now + " by itself while it was being checked");
    }

    private Finding checkTimedOut(String family, String url) {
        return Finding.onPage("site.timeout", Severity.MODERATE, url,
                "the " + family + " check did not finish within " + config.browser().pageTimeout().toSeconds() + " s")
                .withEvidence(Map.of("check", family))
                .withText("site.timeout.check", "check", family, "seconds", config.browser().pageTimeout().toSeconds());
    }

    static Finding checkError(String family, String url, String message) {
        return Finding.onPage("site.check-error", Severity.MODERATE, url,
                "the " + family + " check failed on this page, so its results are missing: " + message)
                .withEvidence(Map.of("check", family))
                .withText("site.check-error", "check", family, "error", String.valueOf(message));
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
        return failed(entry, fetch.status(), fetchMs, "timed out", "site.timeout", Severity.MODERATE,
                "the page did not load within " + config.browser().pageTimeout().toSeconds() + " s",
                Message.of("site.timeout", "seconds", config.browser().pageTimeout().toSeconds()));
    }

    /** A file the server calls HTML: browsers would show it as a page of garbage, so it is not rendered. */
    private VisitOutcome mislabelled(Frontier.Entry entry, FetchResult fetch, long fetchMs) {
        String url = entry.url();
        var result = new PageResult(url, fetch.status(), "document", "", "", fetchMs, 0, "", Map.of(
                "contentType", fetch.contentType(), "sniffedType", fetch.sniffedType()));
        var finding = Finding.onPage("site.wrong-content-type", Severity.MODERATE, url,
                "the server calls this " + fetch.contentType() + " but sends " + fetch.sniffedType()
                        + ": browsers show it as a page of garbage instead of opening the file")
                .withEvidence(Map.of("contentType", fetch.contentType(), "sniffedType", fetch.sniffedType()))
                .withText("site.wrong-content-type", "contentType", fetch.contentType(), "sniffedType", fetch.sniffedType());
        return new VisitOutcome(result, null, List.of(finding), List.of(), List.of(url), List.of());
    }

    private static String retryAfterNote(FetchResult fetch) {
        if ((fetch.status() == 429 || fetch.status() == 503) && fetch.retryAfterSeconds() > MAX_RETRY_AFTER_SECONDS) {
            return " and asks to come back in " + fetch.retryAfterSeconds() + " s, longer than govsite waits ("
                    + MAX_RETRY_AFTER_SECONDS + " s)";
        }
        return "";
    }

    private static PageSnapshot capture(BrowserSession session, String url, String finalUrl, int status) {
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

    private FetchResult fetchHonouringRetryAfter(String url) {
        FetchResult fetch = fetcher.fetch(url);
        if ((fetch.status() == 429 || fetch.status() == 503) && fetch.retryAfterSeconds() >= 0
                && fetch.retryAfterSeconds() <= MAX_RETRY_AFTER_SECONDS) {
            String host = java.net.URI.create(url).getHost();
            rateLimiter.backOff(host, fetch.retryAfterSeconds());
            Pause.quietly(fetch.retryAfterSeconds() * 1000);
            fetch = fetcher.fetch(url);
        }
        return fetch;
    }

    private VisitOutcome redirect(Frontier.Entry entry, FetchResult fetch, long fetchMs) {
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
            String first = redirects.start(url);
            var finding = Finding.onPage("site.redirect-loop", Severity.SERIOUS, first, "the page " + stop.get())
                    .withEvidence(Map.of("status", String.valueOf(fetch.status())))
                    .withText("site.redirect-loop", "detail", stop.get());
            return new VisitOutcome(result, null, entry.requestedByCheck() ? List.of() : List.of(finding),
                    List.of(), List.of(), List.of());
        }
        return new VisitOutcome(result, null, List.of(), List.of(target), List.of(), List.of());
    }

    /** A page that could not be checked; a check that asked for it (a twin) reports it itself. */
    private static VisitOutcome failed(Frontier.Entry entry, int status, long ms, String error, String check,
                                       Severity severity, String message, Message text) {
        var result = new PageResult(entry.url(), status, "error", "", "", ms, 0, error, Map.of());
        List<Finding> findings = entry.requestedByCheck() ? List.of()
                : List.of(Finding.onPage(check, severity, entry.url(), message)
                .withEvidence(status > 0 ? Map.of("status", String.valueOf(status)) : Map.of()).withText(text));
        return new VisitOutcome(result, null, findings, List.of(), List.of(), List.of());
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
