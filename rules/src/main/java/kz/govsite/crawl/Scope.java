package kz.govsite.crawl;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which URLs belong to the site: on one of its hosts ({@code www.} or not), matching an include
 * pattern when there are any, and matching no exclude pattern.
 */
public final class Scope {
    private final Set<String> hosts;
    private final List<Pattern> includes;
    private final List<Pattern> excludes;

    public Scope(Collection<String> hosts, List<Pattern> includes, List<Pattern> excludes) {
        this.hosts = hosts.stream().map(Scope::bareHost).collect(Collectors.toUnmodifiableSet());
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
    }

    /** The scope of a crawl that starts at {@code startUrls}, unless hosts are given explicitly. */
    public static Scope of(Collection<String> explicitHosts, Collection<String> startUrls,
                           List<Pattern> includes, List<Pattern> excludes) {
        Collection<String> hosts = explicitHosts.isEmpty()
                ? startUrls.stream().map(u -> URI.create(u).getHost()).toList()
                : explicitHosts;
        return new Scope(hosts, includes, excludes);
    }

    /** Whether the host of this URL belongs to the site. */
    public boolean onSite(String url) {
        try {
            String host = URI.create(url).getHost();
            return host != null && hosts.contains(bareHost(host));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the crawl may visit this URL. */
    public boolean contains(String url) {
        if (!onSite(url)) return false;
        if (!includes.isEmpty() && includes.stream().noneMatch(p -> p.matcher(url).find())) return false;
        return excludes.stream().noneMatch(p -> p.matcher(url).find());
    }

    private static String bareHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
