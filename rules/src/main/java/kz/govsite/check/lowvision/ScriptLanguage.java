package kz.govsite.check.lowvision;

import java.util.Locale;
import java.util.Optional;

/**
 * Tells Kazakh, Russian and English text apart by its letters: Kazakh is the Cyrillic text with
 * the letters Russian lacks (ә ғ қ ң ө ұ ү һ і). Enough for panel labels; not a language detector.
 */
public final class ScriptLanguage {
    private static final String KAZAKH_LETTERS = "әғқңөұүһі";
    /** Fewer letters than this say nothing. */
    private static final int MIN_LETTERS = 4;

    private ScriptLanguage() {
    }

    /** {@code kk}, {@code ru} or {@code en}, or empty when the text has too few letters to tell. */
    public static Optional<String> of(String text) {
        int latin = 0, cyrillic = 0, kazakh = 0;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') latin++;
            else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
                if (KAZAKH_LETTERS.indexOf(c) >= 0) kazakh++;
            }
        }
        if (latin + cyrillic < MIN_LETTERS) return Optional.empty();
        if (latin > cyrillic) return Optional.of("en");
        return Optional.of(kazakh > 0 ? "kk" : "ru");
    }

    /** The language of a {@code lang} attribute as {@code kk}, {@code ru} or {@code en}; sites write kz for kk. */
    public static Optional<String> declared(String lang) {
        String primary = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return switch (primary) {
            case "kk", "kz", "kaz" -> Optional.of("kk");
            case "ru", "rus" -> Optional.of("ru");
            case "en", "eng" -> Optional.of("en");
            default -> Optional.empty();
        };
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
