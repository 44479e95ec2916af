package kz.govsite.internal;

import java.util.Locale;

/**
 * Escaping for every HTML govsite writes (report.html, audit.html and the sections of check
 * families): text taken from pages, registries or settings never becomes markup.
 */
public final class Html {
    private Html() {
    }

    /** Escapes for element content and quoted attribute values alike. */
    public static String esc(Object value) {
        String s = value == null ? "" : String.valueOf(value);
        var sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // Control characters other than tab and newlines are not allowed in HTML text.
                    if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp == 0x7F) return;
                    sb.appendCodePoint(cp);
                }
            }
        });
        return sb.toString();
    }

    /** An http(s) URL safe to link to, or null: {@code javascript:} and friends never become links. */
    public static String safeHref(String url) {
        if (url == null) return null;
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url.strip() : null;
    }

    /** A relative path inside the output folder (a screenshot), or null for anything else. */
    public static String safeRelativePath(String path) {
        if (path == null || path.isBlank()) return null;
        String p = path.strip().replace('\\', '/');
        if (p.startsWith("/") || p.contains(":") || p.contains("..") || p.startsWith("//")) return null;
        return p;
    }
}
