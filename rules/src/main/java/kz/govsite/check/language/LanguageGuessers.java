package kz.govsite.check.language;

import kz.govsite.InvalidConfigException;
import java.util.Map;

/** Builds the one guesser a run shares, from {@code govsite.languages}. */
public final class LanguageGuessers {
    private LanguageGuessers() {
    }

    /** The run's guesser, from its raw options. */
    public static LanguageGuesser forRun(Map<String, String> options) {
        return forOptions(LanguageOptions.of(options));
    }

    /** Lingua built from the configured languages only, with the Kazakh-specific corrections, remembering its answers. */
    public static LanguageGuesser forOptions(LanguageOptions options) {
        try {
            return new CachingGuesser(new KazakhAwareGuesser(LinguaGuesser.of(options.languages()), options.kazakhLatin()));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException("govsite.languages", e.getMessage()
                    + "; give two or more ISO 639-1 codes, e.g. kk,ru,en");
        }
    }
}
