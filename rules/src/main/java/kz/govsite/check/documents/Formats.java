package kz.govsite.check.documents;

import java.util.Locale;
import java.util.Set;
import kz.govsite.crawl.ResourceKinds;

/** Tells a document's format from its first bytes, and its name where the bytes leave a choice. */
final class Formats {
    /** Formats that cannot carry what assistive technology needs, or carry it badly. */
    static final Set<String> LEGACY = Set.of("doc", "xls", "ppt", "rtf");

    private Formats() {
    }

    /**
     * {@code pdf}, {@code docx}, {@code xlsx}, a legacy format ({@code doc}, {@code xls}, {@code ppt},
     * {@code rtf}), or the extension of something not opened (archives, presentations).
     */
    static String of(String url, String contentType, byte[] head) {
        String ext = ResourceKinds.extension(url);
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (startsWith(head, "%PDF-") || ext.equals("pdf") && !isZip(head) || ct.startsWith("application/pdf")) return "pdf";
        if (startsWith(head, "{\\rtf")) return "rtf";
        if (isOle(head)) return ext.equals("xls") || ct.contains("excel") ? "xls" : ext.equals("ppt") ? "ppt" : "doc";
        if (isZip(head)) {
            if (ext.equals("xlsx") || ct.contains("spreadsheetml")) return "xlsx";
            if (ext.equals("docx") || ct.contains("wordprocessingml")) return "docx";
            return ext.isEmpty() ? "zip" : ext;
        }
        if (ext.equals("docx") || ext.equals("xlsx")) return ext;
        if (LEGACY.contains(ext)) return ext;
        return ext.isEmpty() ? "unknown" : ext;
    }

    static boolean opened(String format) {
        return format.equals("pdf") || format.equals("docx") || format.equals("xlsx");
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean isOle(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0;
    }

    private static boolean startsWith(byte[] b, String magic) {
        // PDF readers accept the header anywhere in the first kilobyte; so do we.
        int limit = Math.min(b.length, magic.equals("%PDF-") ? 1024 : magic.length());
        outer:
        for (int at = 0; at + magic.length() <= limit; at++) {
            for (int i = 0; i < magic.length(); i++) {
                if (b[at + i] != (byte) magic.charAt(i)) continue outer;
            }
            return true;
        }
        return false;
    }
}
