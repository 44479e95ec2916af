package kz.govsite.check.language;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises Kazakh written in the 2021 Latin alphabet («Qazaqstan Respublikasynyñ …»), which a
 * detector built from Kazakh, Russian and English calls English with full confidence: Lingua
 * filters by alphabet first and has no Latin Kazakh model.
 */
final class KazakhLatin {
    /** Letters of the 2021 alphabet that English, Turkish and Russian transliteration do not use. */
    private static final String STRONG = "äñū";
    /** Letters it shares with Turkish, Azerbaijani or German: evidence only together with strong ones. */
    private static final String WEAK = "ğşıöü";
    /** Function words that mark a Latin text as English or German rather than Kazakh. */
    private static final Set<String> OTHER_LATIN_WORDS = Set.of(
            "the", "and", "of", "to", "in", "is", "for", "on", "with", "that", "this", "are", "by", "from", "at",
            "as", "be", "an", "or", "it", "was", "has", "have", "not", "der", "die", "das", "und", "ist", "von", "mit",
            "für", "nicht", "den", "ein", "eine");

    private KazakhLatin() {
    }

    static boolean looksKazakh(String text) {
        int words = 0;
        int strong = 0;
        int weak = 0;
        int otherLatin = 0;
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (raw.isEmpty()) continue;
            words++;
            if (OTHER_LATIN_WORDS.contains(raw)) otherLatin++;
            if (hasAny(raw, STRONG) || hasKazakhQ(raw)) strong++;
            else if (hasAny(raw, WEAK)) weak++;
        }
        if (words == 0 || strong == 0) return false;
        if (otherLatin * 5 >= words) return false;
        return (strong + weak) * 5 >= words;
    }

    /** Kazakh writes қ as q (Qazaqstan, aqparat); English almost only in "qu". */
    private static boolean hasKazakhQ(String word) {
        for (int i = word.indexOf('q'); i >= 0; i = word.indexOf('q', i + 1)) {
            if (i + 1 >= word.length() || word.charAt(i + 1) != 'u') return true;
        }
        return false;
    }

    private static boolean hasAny(String word, String letters) {
        for (int i = 0; i < word.length(); i++) {
            if (letters.indexOf(word.charAt(i)) >= 0) return true;
        }
        return false;
    }
}
