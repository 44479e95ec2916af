package kz.govsite.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** Tells documents and media (recorded, never rendered) from pages by URL and content type. */
public final class ResourceKinds {
    private static final Set<String> NON_HTML_EXTENSIONS = Set.of(
            "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "txt", "csv",
            "zip", "rar", "7z", "gz", "tar", "jpg", "jpeg", "png", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff",
            "mp3", "mp4", "avi", "mov", "wmv", "webm", "ogg", "wav", "xml", "json", "js", "css", "woff", "woff2",
            "ttf", "eot", "exe", "msi", "apk", "dmg", "sig", "p7s");
    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of(
            "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "zip", "rar", "7z");

    private ResourceKinds() {
    }

    /** Whether the URL's path ends in the extension of something that is not a web page. */
    public static boolean looksNonHtml(String url) {
        return NON_HTML_EXTENSIONS.contains(extension(url));
    }

    /** Whether the URL names an office document or archive: what a parity check counts as a document. */
    public static boolean isDocument(String url) {
        return DOCUMENT_EXTENSIONS.contains(extension(url));
    }

    /** Whether a Content-Type header names HTML (or is missing, which browsers sniff as HTML). */
    public static boolean isHtml(String contentType) {
        if (contentType == null || contentType.isBlank()) return true;
        String ct = contentType.toLowerCase(Locale.ROOT);
        return ct.startsWith("text/html") || ct.startsWith("application/xhtml+xml");
    }

    /** A URL path's file extension in lower case, e.g. {@code pdf}; empty when it has none. */
    public static String extension(String url) {
        try {
            String path = URI.create(url).getPath();
            if (path == null) return "";
            int slash = path.lastIndexOf('/');
            int dot = path.lastIndexOf('.');
            return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
