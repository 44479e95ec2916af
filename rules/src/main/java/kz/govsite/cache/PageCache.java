package kz.govsite.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A folder of checked pages, one file per URL, each stamped with the fingerprint of the run that
 * wrote it. Safe for many workers: each URL has its own file, written to a temporary name and moved.
 */
public final class PageCache {
    private final Path directory;
    private final String fingerprint;

    private PageCache(Path directory, String fingerprint) {
        this.directory = directory;
        this.fingerprint = fingerprint;
    }

    /** Opens (and creates) the cache folder for runs whose checks hash to {@code fingerprint}. */
    public static PageCache open(Path directory, String fingerprint) {
        try {
            return new PageCache(Files.createDirectories(directory.resolve("pages")), fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the cache folder " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * The page's previous results when they still hold: same fingerprint, same served HTML, and every
     * linked stylesheet and script unchanged according to {@code currentHash} (URL to SHA-256, or empty
     * when it cannot be fetched). An unreadable entry is a miss, never an error.
     */
    public Optional<CachedPage> find(String url, String htmlSha256, Function<String, String> currentHash) {
        if (htmlSha256 == null || htmlSha256.isEmpty()) return Optional.empty();
        Path file = fileFor(url);
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        Optional<CachedPage> entry = CachedPageJson.read(json, fingerprint);
        if (entry.isEmpty() || !entry.get().url().equals(url) || !entry.get().htmlSha256().equals(htmlSha256)) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> resource : entry.get().resources().entrySet()) {
            if (!resource.getValue().equals(currentHash.apply(resource.getKey()))) return Optional.empty();
        }
        return entry;
    }

    /** Keeps a page's results for the next run. */
    public void store(CachedPage page) {
        Path file = fileFor(page.url());
        try {
            Path tmp = Files.createTempFile(directory, ".entry", ".tmp");
            Files.writeString(tmp, CachedPageJson.write(page, fingerprint), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the cache " + directory + ": " + e.getMessage(), e);
        }
    }

    Path fileFor(String url) {
        return directory.resolve(Hashes.sha256(url.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".json");
    }
}
