package kz.govsite.run;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Names a folder per page under the output directory: readable, short, and unique per URL. */
final class PageFolders {
    private PageFolders() {
    }

    static Path forUrl(Path outputDirectory, String url) {
        String path;
        try {
            path = URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            path = url;
        }
        String readable = path == null ? "" : path.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        if (readable.isEmpty()) readable = "index";
        if (readable.length() > 60) readable = readable.substring(readable.length() - 60);
        return outputDirectory.resolve("pages").resolve(readable + "-" + shortHash(url));
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
