package kz.govsite.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each host's robots.txt lets the crawl visit. Read once per origin, when the crawl first
 * meets it; a Crawl-delay slows the host down in the rate limiter. Everything left out is counted
 * per origin, so the report can say how much of the site robots.txt kept from the check.
 */
public final class RobotsRules {
    /** Rules for a crawl that does not read robots.txt: the user's own site. */
    public static final RobotsRules IGNORED = new RobotsRules(null, null);

    private static final int MAX_REDIRECTS = 5;
    private static final int EXAMPLES = 3;

    private final HttpFetcher fetcher;
    private final RateLimiter rateLimiter;
    private final Map<String, Origin> origins = new ConcurrentHashMap<>();

    public RobotsRules(HttpFetcher fetcher, RateLimiter rateLimiter) {
        this.fetcher = fetcher;
        this.rateLimiter = rateLimiter;
    }

    /** Whether robots.txt lets the crawl fetch this URL; a URL it forbids is counted for the report. */
    public boolean allows(String url) {
        if (fetcher == null) return true;
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return true;
        }
        if (uri.getHost() == null) return true;
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        Origin o = origins.computeIfAbsent(origin, k -> new Origin());
        RobotsTxt robots = o.rules(origin, uri.getHost());
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (robots.allows(path)) return true;
        o.refuse(path);
        return false;
    }

    /** One line per origin whose robots.txt kept pages from the check. */
    public List<String> messages() {
        var lines = new ArrayList<String>();
        new TreeMap<>(origins).forEach((origin, o) -> o.message(origin).ifPresent(lines::add));
        return lines;
    }

    /** One origin's robots.txt, read by the first thread that needs it while the others wait. */
    private final class Origin {
        private RobotsTxt robots;
        private String readNote = "";
        private int refused;
        private final List<String> examples = new ArrayList<>();

        synchronized RobotsTxt rules(String origin, String host) {
            if (robots == null) {
                robots = read(origin + "/robots.txt");
                robots.crawlDelay().ifPresent(seconds -> rateLimiter.atLeast(host, seconds));
            }
            return robots;
        }

        synchronized void refuse(String path) {
            refused++;
            if (examples.size() < EXAMPLES) examples.add(path);
        }

        synchronized java.util.Optional<String> message(String origin) {
            if (refused == 0) return java.util.Optional.empty();
            return java.util.Optional.of(origin + "/robots.txt " + readNote + "forbids " + refused
                    + (refused == 1 ? " page" : " pages") + " the crawl found (" + String.join(", ", examples)
                    + (refused > examples.size() ? ", …" : "") + "); not checked");
        }

        /** RFC 9309, 2.3.1: follow up to five redirects; 4xx means no rules, 5xx or no answer means stay out. */
        private RobotsTxt read(String url) {
            String next = url;
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                var answer = fetcher.fetchText(next, RobotsTxt.MAX_BYTES);
                int status = answer.status();
                if (status >= 300 && status < 400 && !answer.location().isEmpty()) {
                    next = answer.location();
                    continue;
                }
                if (status >= 200 && status < 300) return RobotsTxt.parse(answer.text(), UserAgent.TOKEN);
                if (status >= 400 && status < 500) return RobotsTxt.ALLOW_ALL;
                readNote = status == 0
                        ? "could not be read (" + answer.error() + "), so the site counts as closed to crawlers: it "
                        : "answered HTTP " + status + ", so the site counts as closed to crawlers: it ";
                return RobotsTxt.DISALLOW_ALL;
            }
            return RobotsTxt.ALLOW_ALL;
        }
    }
}
