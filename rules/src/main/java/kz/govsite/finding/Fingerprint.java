package kz.govsite.finding;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A finding's identity across runs: check + URL path and query + selector + normalised snippet, and
 * whether it is an item to review.
 *
 * <p>The host and port are left out so that a site served on an ephemeral port, or moved from
 * staging to production, keeps its baseline. The message is left out because it may carry
 * measurements that drift between runs.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(Finding finding) {
        String key = String.join("\u001f",
                finding.check(),
                pathOf(finding.url()),
                normaliseSpace(finding.selector()),
                normaliseSnippet(finding.snippet()));
        // An item to review is not the same finding as a failure of the same element: fixing one
        // must not hide the other in a baseline. Failures keep the identity they always had.
        if (finding.needsReview()) key += "\u001freview";
        return sha256(key).substring(0, 32);
    }

    /** Path and query of a URL; the URL itself when it does not parse. */
    static String pathOf(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Whitespace-insensitive, case-insensitive, and blind to runs of digits (counters, timestamps, ids). */
    static String normaliseSnippet(String snippet) {
        return normaliseSpace(snippet).toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
    }

    private static String normaliseSpace(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
