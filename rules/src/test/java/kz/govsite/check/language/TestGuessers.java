package kz.govsite.check.language;

import java.util.List;

/** Real Lingua guessers for tests, built once per JVM like a run builds one. */
final class TestGuessers {
    private static LanguageGuesser kkRuEn;
    private static LanguageGuesser kkRuEnLatin;

    private TestGuessers() {
    }

    static synchronized LanguageGuesser kkRuEn() {
        if (kkRuEn == null) kkRuEn = new KazakhAwareGuesser(LinguaGuesser.of(List.of("kk", "ru", "en")), false);
        return kkRuEn;
    }

    /** The same, reporting Latin-script Kazakh as kk-Latn. */
    static synchronized LanguageGuesser kkRuEnWithLatinKazakh() {
        if (kkRuEnLatin == null) kkRuEnLatin = new KazakhAwareGuesser(LinguaGuesser.of(List.of("kk", "ru", "en")), true);
        return kkRuEnLatin;
    }
}
