package kz.govsite.check.lowvision;

import java.util.Optional;
import java.util.Set;
import kz.govsite.check.language.KazakhLetters;
import kz.govsite.check.language.LanguageTag;

/**
 * Tells Kazakh, Russian and English labels apart by their letters: Latin is English, Cyrillic with
 * the letters only Kazakh has (ә ғ қ ң ө ұ ү һ і) is Kazakh, other Cyrillic is Russian. A panel's
 * labels are a few words, too short for the statistical language detector, and this is what tells
 * Kazakh from Russian there.
 */
public final class ScriptLanguage {
    private static final Set<String> KNOWN = Set.of("kk", "ru", "en");
    /** Fewer letters than this say nothing. */
    private static final int MIN_LETTERS = 4;

    private ScriptLanguage() {
    }

    /** {@code kk}, {@code ru} or {@code en}, or empty when the text has too few letters to tell. */
    public static Optional<String> of(String text) {
        int latin = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z') latin++;
            else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) cyrillic++;
        }
        if (latin + cyrillic < MIN_LETTERS) return Optional.empty();
        if (latin > cyrillic) return Optional.of("en");
        return Optional.of(KazakhLetters.hasKazakhLetter(text) ? "kk" : "ru");
    }

    /** The language a {@code lang} attribute means, when it is Kazakh, Russian or English; sites write kz for kk. */
    public static Optional<String> declared(String lang) {
        String intended = new LanguageTag(lang == null ? "" : lang.replace('_', '-')).intendedLanguage();
        return KNOWN.contains(intended) ? Optional.of(intended) : Optional.empty();
    }

    /** The name of a language code, for messages. */
    public static String name(String code) {
        return switch (code) {
            case "kk" -> "Kazakh";
            case "ru" -> "Russian";
            case "en" -> "English";
            default -> code;
        };
    }
}
