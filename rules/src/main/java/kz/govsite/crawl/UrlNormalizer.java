package kz.govsite.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts URLs in one canonical form so that the crawler never visits a page twice: absolute, http(s)
 * only, lower-case scheme and host, no default port, no fragment, no session ids or tracking
 * parameters, query parameters sorted.
 */
public final class UrlNormalizer {
    /** Parameters that name a visitor or a campaign, not a page: a classic crawler trap. */
    private static final Set<String> VOLATILE_PARAMS = Set.of(
            "jsessionid", "phpsessid", "sid", "sessionid", "aspsessionid", "cfid", "cftoken",
            "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid", "yclid");
    private static final Pattern PATH_SESSION = Pattern.compile(";(jsessionid|phpsessid|sid)=[^/?#]*",
            Pattern.CASE_INSENSITIVE);

    private UrlNormalizer() {
    }

    /** The canonical form of {@code href} read on a page at {@code base}; empty if it is not an http(s) URL. */
    public static Optional<String> normalize(String base, String href) {
        if (href == null) return Optional.empty();
        String h = asciiHost(href.strip());
        if (h.isEmpty()) return Optional.empty();
        try {
            URI resolved = base == null ? new URI(escape(h))
                    : new URI(escape(asciiHost(base))).resolve(new URI(escape(h)));
            return normalize(resolved);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The canonical form of an absolute URL; empty if it is not an http(s) URL. */
    public static Optional<String> normalize(String url) {
        return normalize(null, url);
    }

    private static Optional<String> normalize(URI uri) throws URISyntaxException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return Optional.empty();
        if (uri.getHost() == null) return Optional.empty();
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        int port = uri.getPort();
        if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) port = -1;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        path = PATH_SESSION.matcher(path).replaceAll("");
        while (path.contains("//")) path = path.replace("//", "/");
        path = URI.create(path).normalize().getRawPath();
        // As browsers do (RFC 3986, 5.2.4): ".." above the root is dropped, not kept and not the root.
        while (path.startsWith("/../")) path = path.substring(3);
        if (path.equals("/..")) path = "/";
        String query = sortedQuery(uri.getRawQuery());
        StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
        if (port != -1) sb.append(':').append(port);
        sb.append(path);
        if (!query.isEmpty()) sb.append('?').append(query);
        return Optional.of(sb.toString());
    }

    /**
     * The identity used to tell whether two URLs are the same page: the canonical form with a
     * trailing slash dropped, so {@code /ru/news} and {@code /ru/news/} count once.
     */
    public static String pageKey(String normalizedUrl) {
        String u = normalizedUrl;
        int q = u.indexOf('?');
        String head = q < 0 ? u : u.substring(0, q);
        String tail = q < 0 ? "" : u.substring(q);
        int pathStart = head.indexOf('/', head.indexOf("://") + 3);
        if (pathStart > 0 && head.length() > pathStart + 1 && head.endsWith("/")) {
            head = head.substring(0, head.length() - 1);
        }
        return head + tail;
    }

    static String sortedQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) return "";
        var params = new ArrayList<String>();
        for (String p : rawQuery.split("&")) {
            if (p.isEmpty()) continue;
            String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
            if (VOLATILE_PARAMS.contains(name.toLowerCase(Locale.ROOT))) continue;
            params.add(p);
        }
        // A stable sort by name keeps the order of repeated names, which some sites give meaning to.
        params.sort(Comparator.comparing(p -> p.contains("=") ? p.substring(0, p.indexOf('=')) : p));
        return String.join("&", params);
    }

    /** Scheme, user info, host and the rest of an absolute or scheme-relative URL. */
    private static final Pattern AUTHORITY = Pattern.compile("^((?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//)([^/?#@]*@)?([^/?#:]*)(.*)$",
            Pattern.DOTALL);

    /**
     * A Unicode host ({@code президент.қаз}) in its ASCII form ({@code xn--…}), as DNS and HTTP need
     * it; java.net.URI has no host at all for a non-ASCII name.
     */
    static String asciiHost(String url) {
        var m = AUTHORITY.matcher(url);
        if (!m.matches() || m.group(3).chars().allMatch(c -> c < 128)) return url;
        try {
            String host = java.net.IDN.toASCII(m.group(3), java.net.IDN.ALLOW_UNASSIGNED);
            return m.group(1) + (m.group(2) == null ? "" : m.group(2)) + host + m.group(4);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /**
     * The URL as people read it: an internationalised host in Unicode ({@code http://президент.қаз/}),
     * everything else as it is. For reports; the crawl keeps the ASCII form.
     */
    public static String forReading(String url) {
        if (url == null || !url.contains("xn--")) return url;
        var m = AUTHORITY.matcher(url);
        if (!m.matches()) return url;
        String host = java.net.IDN.toUnicode(m.group(3), java.net.IDN.ALLOW_UNASSIGNED);
        return m.group(1) + (m.group(2) == null ? "" : m.group(2)) + host + m.group(4);
    }

    /** Browsers accept spaces and non-ASCII in hrefs; java.net.URI does not, so encode them first. */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp > 127 || " |\"<>\\^`{}".indexOf(cp) >= 0) {
                for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** Splits a comma-separated list, trimming blanks away. */
    public static List<String> splitList(String csv) {
        if (csv == null) return List.of();
        return java.util.Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
