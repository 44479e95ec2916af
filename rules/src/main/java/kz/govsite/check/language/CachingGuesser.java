package kz.govsite.check.language;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers what was guessed for a text, so menus and footers repeated on every page are detected
 * once per run, and the parity check reads again what the language check already judged. Keys are
 * 64-bit hashes, not the texts, to keep a large site's cache small; once full it stops growing.
 */
public final class CachingGuesser implements LanguageGuesser {
    /** About 10 MB of entries. */
    static final int MAX_ENTRIES = 200_000;

    private final LanguageGuesser guesser;
    private final ConcurrentHashMap<Long, Guess> cache = new ConcurrentHashMap<>();

    public CachingGuesser(LanguageGuesser guesser) {
        this.guesser = guesser;
    }

    @Override
    public Guess guess(String text) {
        if (text == null) return guesser.guess(null);
        long key = hash(text);
        Guess known = cache.get(key);
        if (known != null) return known;
        Guess guess = guesser.guess(text);
        if (cache.size() < MAX_ENTRIES) cache.putIfAbsent(key, guess);
        return guess;
    }

    @Override
    public Set<String> languages() {
        return guesser.languages();
    }

    /** 64-bit FNV-1a over the UTF-8 bytes: collisions among a site's texts are vanishingly rare. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
