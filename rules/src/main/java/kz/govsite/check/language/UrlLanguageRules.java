package kz.govsite.check.language;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.govsite.InvalidConfigException;
import kz.govsite.crawl.UrlNormalizer;

/**
 * How a site's URLs name their language, and how to turn a page's URL into its twin's: path
 * prefixes ({@code /ru/ <-> /kk/}) or a query parameter ({@code lang=ru <-> lang=kk}), from
 * {@code govsite.pairing} or the presets for patterns seen on Kazakh state sites.
 */
public final class UrlLanguageRules {
    /** Patterns seen on real state sites, by name; all apply when {@code govsite.pairing} is empty. */
    public static final Map<String, String> PRESETS = presets();

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("kk", "kk"), Map.entry("kz", "kk"), Map.entry("kaz", "kk"), Map.entry("qaz", "kk"),
            Map.entry("ru", "ru"), Map.entry("rus", "ru"), Map.entry("en", "en"), Map.entry("eng", "en"));
    private static final Pattern NAMED = Pattern.compile("^([a-zA-Z]{2,3}):(?!//)(.+)$");
    private static final Pattern HOME_REST = Pattern.compile("^/?(index\\.(html?|php|aspx?|jsp))?$");

    /** One way of writing one language in a URL. */
    private record Variant(String language, boolean query, String name, String value) {
        boolean matches(URI uri) {
            if (query) return queryValue(uri, name).map(v -> v.equalsIgnoreCase(value)).orElse(false);
            String path = path(uri);
            return path.startsWith(value) || path.equals(value.substring(0, value.length() - 1));
        }

        /** How specific a match is: a query parameter first, then the longest prefix. */
        int weight() {
            return query ? Integer.MAX_VALUE : value.length();
        }
    }

    private record Rule(String text, List<Variant> variants) {
    }

    private record Match(Rule rule, Variant variant) {
    }

    private final List<Rule> rules;

    private UrlLanguageRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Reads {@code govsite.pairing}: each entry is a preset name or a rule such as {@code /ru/ <-> /kk/},
     * {@code lang=ru <-> lang=kk} or {@code ru:/gos/ <-> kk:/memleket/}; no entries means every preset.
     */
    public static UrlLanguageRules parse(List<String> pairing) {
        var entries = pairing.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (entries.isEmpty()) entries = List.copyOf(PRESETS.keySet());
        var rules = new ArrayList<Rule>();
        for (String entry : entries) {
            String text = PRESETS.getOrDefault(entry, entry);
            rules.add(parseRule(text));
        }
        return new UrlLanguageRules(rules);
    }

    private static Rule parseRule(String text) {
        if (!text.contains("<->")) {
            throw new InvalidConfigException("govsite.pairing", "'" + text + "' is neither a preset ("
                    + String.join(", ", PRESETS.keySet()) + ") nor a mapping such as '/ru/ <-> /kk/'");
        }
        var variants = new ArrayList<Variant>();
        var languages = new LinkedHashSet<String>();
        for (String side : text.split("<->")) {
            Variant v = parseSide(side.strip(), text);
            if (!languages.add(v.language())) {
                throw new InvalidConfigException("govsite.pairing", "'" + text + "' names " + v.language() + " twice");
            }
            variants.add(v);
        }
        return new Rule(text, variants);
    }

    private static Variant parseSide(String side, String rule) {
        String language = null;
        Matcher named = NAMED.matcher(side);
        if (named.matches()) {
            language = named.group(1).toLowerCase(Locale.ROOT);
            side = named.group(2).strip();
        }
        if (side.startsWith("?")) side = side.substring(1);
        if (!side.startsWith("/") && side.contains("=")) {
            String name = side.substring(0, side.indexOf('=')).strip();
            String value = side.substring(side.indexOf('=') + 1).strip();
            if (name.isEmpty() || value.isEmpty()) throw bad(rule, "'" + side + "' needs a parameter and a value");
            if (language == null) language = ALIASES.get(value.toLowerCase(Locale.ROOT));
            if (language == null) throw bad(rule, "cannot tell the language of '" + side + "': write it as kk:" + side);
            return new Variant(language, true, name, value);
        }
        if (!side.startsWith("/")) throw bad(rule, "'" + side + "' is neither a path starting with / nor name=value");
        String prefix = side.endsWith("/") ? side : side + "/";
        if (language == null) {
            for (String segment : prefix.split("/")) {
                String alias = ALIASES.get(segment.toLowerCase(Locale.ROOT));
                if (alias != null) language = alias;
            }
        }
        if (language == null) throw bad(rule, "cannot tell the language of '" + side + "': write it as kk:" + side);
        return new Variant(language, false, "", prefix);
    }

    private static InvalidConfigException bad(String rule, String why) {
        return new InvalidConfigException("govsite.pairing", "in '" + rule + "': " + why);
    }

    /** The language the URL names, by the most specific rule that matches it. */
    public Optional<String> languageOf(String url) {
        return matches(url).stream().findFirst().map(m -> m.variant().language());
    }

    /**
     * The URLs the page's twin in {@code language} may have, most likely first: more than one when
     * presets overlap ({@code /ru/} pairs with {@code /kk/} on some sites, {@code /kz/} on others).
     */
    public List<String> counterparts(String url, String language) {
        URI uri = uri(url);
        if (uri == null) return List.of();
        var out = new LinkedHashSet<String>();
        for (Match m : matches(url)) {
            for (Variant target : m.rule().variants()) {
                if (!target.language().equals(language) || target == m.variant()) continue;
                rewrite(uri, m.variant(), target).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    /** The part of a counterpart URL that shows the rule it came from, to look for among a page's links. */
    public Optional<String> marker(String counterpartUrl, String language) {
        for (Match m : matches(counterpartUrl)) {
            if (m.variant().language().equals(language)) {
                return Optional.of(m.variant().query() ? m.variant().name() + "=" + m.variant().value() : m.variant().value());
            }
        }
        return Optional.empty();
    }

    /** Whether the URL is a home page: the site root, or a language's root ({@code /kk/}, {@code /?lang=kk}). */
    public boolean isHome(String url) {
        URI uri = uri(url);
        if (uri == null) return false;
        String path = path(uri);
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        if (query.isEmpty() && HOME_REST.matcher(path).matches()) return true;
        for (Match m : matches(url)) {
            Variant v = m.variant();
            if (v.query()) {
                boolean onlyLang = java.util.Arrays.stream(query.split("&"))
                        .allMatch(p -> p.isEmpty() || p.toLowerCase(Locale.ROOT).startsWith(v.name().toLowerCase(Locale.ROOT) + "="));
                if (onlyLang && HOME_REST.matcher(path).matches()) return true;
            } else {
                String rest = path.length() >= v.value().length() ? path.substring(v.value().length()) : "";
                if (query.isEmpty() && HOME_REST.matcher(rest).matches()) return true;
            }
        }
        return false;
    }

    private List<Match> matches(String url) {
        URI uri = uri(url);
        if (uri == null) return List.of();
        var out = new ArrayList<Match>();
        for (Rule rule : rules) {
            for (Variant v : rule.variants()) {
                if (v.matches(uri)) out.add(new Match(rule, v));
            }
        }
        // Stable: among equally specific matches, the order of govsite.pairing (or of the presets) wins.
        out.sort(Comparator.comparingInt((Match m) -> m.variant().weight()).reversed());
        return out;
    }

    private static Optional<String> rewrite(URI uri, Variant from, Variant to) {
        String path = path(uri);
        String query = uri.getRawQuery();
        if (from.query() && to.query()) {
            var params = new ArrayList<String>();
            for (String p : query.split("&")) {
                int eq = p.indexOf('=');
                String name = eq < 0 ? p : p.substring(0, eq);
                params.add(name.equalsIgnoreCase(from.name()) ? to.name() + "=" + to.value() : p);
            }
            query = String.join("&", params);
        } else if (!from.query() && !to.query()) {
            path = path.startsWith(from.value()) ? to.value() + path.substring(from.value().length())
                    : to.value().substring(0, to.value().length() - 1);
        } else {
            return Optional.empty();
        }
        String rebuilt = uri.getScheme() + "://" + uri.getRawAuthority() + path + (query == null || query.isEmpty() ? "" : "?" + query);
        return UrlNormalizer.normalize(rebuilt);
    }

    private static Optional<String> queryValue(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) return Optional.empty();
        for (String p : query.split("&")) {
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).equalsIgnoreCase(name)) return Optional.of(p.substring(eq + 1));
        }
        return Optional.empty();
    }

    private static String path(URI uri) {
        return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    }

    private static URI uri(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, String> presets() {
        var m = new LinkedHashMap<String, String>();
        m.put("lang-param", "lang=kk <-> lang=ru <-> lang=en");
        m.put("lang-param-upper", "lang=KAZ <-> lang=RU");
        m.put("cms-path", "/cms/kk/ <-> /cms/ru/ <-> /cms/en/");
        m.put("kk-path", "/kk/ <-> /ru/ <-> /en/");
        m.put("kz-path", "/kz/ <-> /ru/ <-> /en/");
        m.put("three-letter-path", "/kaz/ <-> /rus/ <-> /eng/");
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public String toString() {
        return rules.stream().map(Rule::text).toList().toString();
    }
}
