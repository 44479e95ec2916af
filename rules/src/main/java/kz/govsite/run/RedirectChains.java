package kz.govsite.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.govsite.crawl.UrlNormalizer;

/**
 * Remembers how each redirect target was reached, so that a loop ({@code a → b → a}) or an endless
 * chain ({@code ?n=1 → ?n=2 → …}) is reported once and not followed further. Each hop is its own
 * visit at the depth of the first, so without this a chain would spend the whole page budget.
 */
final class RedirectChains {
    /** Browsers give up after 20; a site that needs more than 10 is broken for its users already. */
    static final int MAX_HOPS = 10;

    private final Map<String, List<String>> chainTo = new ConcurrentHashMap<>();

    /** Why the redirect from {@code url} to {@code target} must not be followed, or empty to follow it. */
    Optional<String> stop(String url, String target) {
        List<String> chain = chainTo.getOrDefault(UrlNormalizer.pageKey(url), List.of(url));
        var next = new ArrayList<>(chain);
        next.add(target);
        String key = UrlNormalizer.pageKey(target);
        if (chain.stream().map(UrlNormalizer::pageKey).anyMatch(key::equals)) {
            return Optional.of("redirects in a loop: " + String.join(" → ", next));
        }
        if (chain.size() > MAX_HOPS) {
            return Optional.of("redirects more than " + MAX_HOPS + " times: " + String.join(" → ", next.subList(0, 3))
                    + " → … → " + target + "; the rest is not followed");
        }
        chainTo.putIfAbsent(key, List.copyOf(next));
        return Optional.empty();
    }

    /** The URL the chain that reached {@code url} started from: the page whose link leads into it. */
    String start(String url) {
        return chainTo.getOrDefault(UrlNormalizer.pageKey(url), List.of(url)).get(0);
    }
}
