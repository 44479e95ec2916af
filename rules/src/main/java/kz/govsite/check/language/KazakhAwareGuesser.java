package kz.govsite.check.language;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lingua, corrected where it is known to go wrong on Kazakh government sites: Kazakh-specific
 * letters settle close calls between Kazakh and Russian, names (of the other language, often) are
 * left out before either decides, Latin-script Kazakh is never passed off
 * as English, a sentence with a few Latin brand names is judged by its Cyrillic words, and a
 * winner too close to the runner-up is "can't tell".
 */
public final class KazakhAwareGuesser implements LanguageGuesser {
    /** Lingua's values are relative: closer than this, the two best languages are a tie. */
    static final double MIN_CONFIDENCE = 0.05;
    /** Between Kazakh and Russian, a margin this small is settled by the letters. */
    static final double CLOSE_CALL = 0.15;
    /** Kazakh ahead by less than this with no Kazakh letter at all: Russian loanwords («Контакты»). */
    static final double NARROW_KAZAKH = 0.10;
    /** Words with Kazakh letters that make a text Kazakh whatever Lingua says. */
    static final double KAZAKH_WORD_SHARE = 0.3;

    private final LanguageGuesser lingua;
    private final boolean kazakhLatin;
    private final boolean kazakhAndRussian;

    /**
     * @param lingua      the plain detector
     * @param kazakhLatin whether Latin-script Kazakh is reported as {@code kk-Latn} (else undetermined)
     */
    public KazakhAwareGuesser(LanguageGuesser lingua, boolean kazakhLatin) {
        this.lingua = lingua;
        this.kazakhLatin = kazakhLatin;
        this.kazakhAndRussian = lingua.languages().containsAll(Set.of("kk", "ru"));
    }

    @Override
    public Guess guess(String text) {
        if (text == null) return Guess.undetermined("no-letters");
        Scripts scripts = Scripts.of(text);
        if (scripts.letters() == 0) return Guess.undetermined("no-letters");
        if (scripts.mostlyLatin()) {
            if (scripts.cyrillic() * 4 >= scripts.letters()) {
                // "… 2013 жылы PlayStation 3, Nintendo Wii шықты": the Latin words are names.
                return guess(cyrillicWords(text));
            }
            if (lingua.languages().contains("kk") && KazakhLatin.looksKazakh(text)) {
                return kazakhLatin ? new Guess("kk-Latn", 1.0, "", "kazakh-latin") : Guess.undetermined("kazakh-latin");
            }
            return withMargin(lingua.guess(text));
        }
        if (kazakhAndRussian && scripts.mostlyCyrillic()) {
            // Names of the other language must not decide: Lingua is asked about the rest only.
            String rest = Names.forDetection(text);
            KazakhLetters letters = KazakhLetters.of(rest);
            return withMargin(settleByLetters(byStatistics(rest, letters), letters));
        }
        return withMargin(lingua.guess(text));
    }

    /**
     * Lingua's own answer, except that one of its rules calls any text with a letter only Kazakh has
     * "Kazakh, certain": where few words have one, Lingua is asked again with those letters spelt
     * the Russian way, so its statistics decide and the letters are weighed by {@link #settleByLetters}.
     */
    private Guess byStatistics(String text, KazakhLetters letters) {
        Guess guess = lingua.guess(text);
        if (!guess.primary().equals("kk") || guess.confidence() < 1.0 || letters.kazakhWords() == 0
                || letters.share() >= KAZAKH_WORD_SHARE) {
            return guess;
        }
        return lingua.guess(Names.russianSpelling(text));
    }

    private static Guess settleByLetters(Guess guess, KazakhLetters letters) {
        boolean kkOrRu = guess.primary().equals("kk") || guess.primary().equals("ru");
        if (letters.kazakhWords() > 0 && kkOrRu
                && (guess.confidence() < CLOSE_CALL || letters.share() >= KAZAKH_WORD_SHARE)) {
            return new Guess("kk", 1.0, guess.primary().equals("kk") ? guess.runnerUp() : "ru", "kazakh-letters");
        }
        if (letters.kazakhWords() == 0 && guess.primary().equals("kk") && guess.confidence() < NARROW_KAZAKH) {
            return Guess.undetermined("too-close");
        }
        return guess;
    }

    private static Guess withMargin(Guess guess) {
        if (guess.isDetermined() && guess.confidence() < MIN_CONFIDENCE) return Guess.undetermined("too-close");
        return guess;
    }

    private static String cyrillicWords(String text) {
        return java.util.Arrays.stream(text.split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC))
                .collect(Collectors.joining(" "));
    }

    @Override
    public Set<String> languages() {
        return lingua.languages();
    }
}
