package kz.govsite.crawl;

/**
 * Tells from the first bytes of a body what it plainly is when it is not text: old servers send
 * PDFs, office files and images from script URLs as {@code text/html}, and a browser then renders
 * them as pages of garbage.
 */
public final class ContentSniffer {
    /** Bytes needed to decide. */
    public static final int HEAD_BYTES = 512;

    private ContentSniffer() {
    }

    /** The media type the bytes show, or empty when they may be text (HTML included). */
    public static String sniff(byte[] head, int length) {
        int n = Math.min(length, head.length);
        if (startsWith(head, n, "%PDF-")) return "application/pdf";
        if (startsWith(head, n, 0x50, 0x4B, 0x03, 0x04)) return "application/zip";
        if (startsWith(head, n, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return "application/msword";
        if (startsWith(head, n, "Rar!")) return "application/vnd.rar";
        if (startsWith(head, n, 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C)) return "application/x-7z-compressed";
        if (startsWith(head, n, 0x1F, 0x8B)) return "application/gzip";
        if (startsWith(head, n, 0x89, 'P', 'N', 'G')) return "image/png";
        if (startsWith(head, n, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
        if (startsWith(head, n, "GIF8")) return "image/gif";
        if (startsWith(head, n, "RIFF") && n >= 12 && head[8] == 'W' && head[9] == 'E' && head[10] == 'B') return "image/webp";
        if (looksBinary(head, n)) return "application/octet-stream";
        return "";
    }

    /** NUL bytes do not occur in text in any single-byte or UTF-8 charset; UTF-16 is told by its byte order mark. */
    private static boolean looksBinary(byte[] head, int n) {
        if (n >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE || head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] head, int n, String magic) {
        if (n < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) {
            if (head[i] != (byte) magic.charAt(i)) return false;
        }
        return true;
    }

    private static boolean startsWith(byte[] head, int n, int... magic) {
        if (n < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) return false;
        }
        return true;
    }
}
