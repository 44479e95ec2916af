package kz.govsite.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One site's robots.txt as RFC 9309 reads it, for one crawler: the group that names the crawler's
 * product token, else the {@code *} group; the longest matching rule decides, {@code Allow} on a
 * tie; {@code *} matches any run of characters and a final {@code $} anchors the end. Crawl-delay is
 * not in the RFC but widely used, so it is read too.
 */
public final class RobotsTxt {
    /** The robots.txt of a site that has none, or whose robots.txt is gone (4xx): everything allowed. */
    public static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), OptionalDouble.empty(), false);
    /** The robots.txt of a site whose robots.txt cannot be read (5xx, no answer): nothing allowed. */
    public static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(), OptionalDouble.empty(), true);

    /** RFC 9309, 2.5: a crawler must read at least 500 KiB; what follows may be ignored. */
    public static final int MAX_BYTES = 500 * 1024;

    private record Rule(boolean allow, String pattern) {
        boolean matches(String path) {
            return RobotsTxt.matches(pattern, path);
        }
    }

    private final List<Rule> rules;
    private final OptionalDouble crawlDelay;
    private final boolean closed;

    private RobotsTxt(List<Rule> rules, OptionalDouble crawlDelay, boolean closed) {
        this.rules = List.copyOf(rules);
        this.crawlDelay = crawlDelay;
        this.closed = closed;
    }

    /** Reads {@code text} for the crawler whose product token is {@code agent}, e.g. {@code govsite}. */
    public static RobotsTxt parse(String text, String agent) {
        String token = agent.toLowerCase(Locale.ROOT);
        var mine = new Group();
        var anyone = new Group();
        var current = new ArrayList<String>();
        boolean inRules = false;
        Group target = null;
        List<Group> targets = new ArrayList<>();
        for (String raw : text.split("\\r?\\n|\\r")) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    current.clear();
                    inRules = false;
                }
                current.add(value.toLowerCase(Locale.ROOT));
                targets = targetsOf(current, token, mine, anyone);
                continue;
            }
            if (current.isEmpty()) continue;
            inRules = true;
            for (Group g : targets) g.add(key, value);
        }
        Group chosen = mine.seen ? mine : anyone;
        return new RobotsTxt(chosen.rules, chosen.delay, false);
    }

    private static List<Group> targetsOf(List<String> agents, String token, Group mine, Group anyone) {
        var targets = new ArrayList<Group>();
        if (agents.contains(token)) {
            mine.seen = true;
            targets.add(mine);
        }
        if (agents.contains("*")) {
            anyone.seen = true;
            targets.add(anyone);
        }
        return targets;
    }

    /** Whether the crawler may fetch this path (with its query), e.g. {@code /ru/news?page=2}. */
    public boolean allows(String pathAndQuery) {
        if (closed) return false;
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        if (path.equals("/robots.txt")) return true;
        Rule best = null;
        for (Rule r : rules) {
            if (!r.matches(path)) continue;
            if (best == null || r.pattern.length() > best.pattern.length()
                    || r.pattern.length() == best.pattern.length() && r.allow && !best.allow) {
                best = r;
            }
        }
        return best == null || best.allow;
    }

    /** Seconds to wait between requests, when the site asks for a pause. */
    public OptionalDouble crawlDelay() {
        return crawlDelay;
    }

    /** Whether nothing at all may be fetched (robots.txt unreadable, or {@code Disallow: /} for us). */
    public boolean closed() {
        return closed || !allows("/") && rules.stream().noneMatch(Rule::allow);
    }

    /**
     * {@code *} is any run of characters; {@code $} at the end anchors the pattern to the end of the
     * path, otherwise a pattern matches a path's beginning. Linear backtracking on the last star, so a
     * hostile pattern full of stars costs no more than pattern length times path length.
     */
    static boolean matches(String pattern, String path) {
        String glob = pattern.endsWith("$") ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
        int p = 0;
        int i = 0;
        int star = -1;
        int resume = 0;
        while (i < path.length()) {
            if (p < glob.length() && glob.charAt(p) != '*' && glob.charAt(p) == path.charAt(i)) {
                p++;
                i++;
            } else if (p < glob.length() && glob.charAt(p) == '*') {
                star = p++;
                resume = i;
            } else if (star >= 0) {
                p = star + 1;
                i = ++resume;
            } else {
                return false;
            }
        }
        while (p < glob.length() && glob.charAt(p) == '*') p++;
        return p == glob.length();
    }

    /** The rules of the groups that apply to one crawler. */
    private static final class Group {
        final List<Rule> rules = new ArrayList<>();
        OptionalDouble delay = OptionalDouble.empty();
        boolean seen;

        void add(String key, String value) {
            switch (key) {
                case "allow" -> {
                    if (!value.isEmpty()) rules.add(new Rule(true, value));
                }
                case "disallow" -> {
                    if (!value.isEmpty()) rules.add(new Rule(false, value));
                }
                case "crawl-delay" -> {
                    try {
                        double seconds = Double.parseDouble(value);
                        if (seconds >= 0 && seconds <= 86_400) {
                            delay = OptionalDouble.of(Math.max(seconds, delay.orElse(0)));
                        }
                    } catch (NumberFormatException ignored) {
                        // A delay that is no number is no delay.
                    }
                }
                default -> {
                    // Sitemap and unknown keys do not change what may be fetched.
                }
            }
        }
    }
}
