package kz.govsite.check.language;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Names of the other language must not decide a sentence's language: Russian news full of Kazakh
 * names stays Russian, Kazakh news with Russian names and loanwords stays Kazakh (real Lingua).
 * The sentences are in {@code src/test/resources/language/}; the measured shares are printed and
 * recorded in docs/language-and-parity.md.
 */
class NamesInSentencesTest {
    /** The share of sentences read as their own language, at least. */
    static final double TARGET = 0.97;

    private final LanguageGuesser guesser = TestGuessers.kkRuEn();

    static List<String> sentences(String file) throws IOException {
        try (InputStream in = NamesInSentencesTest.class.getResourceAsStream("/language/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    private double share(List<String> texts, String language) {
        int right = 0;
        for (String t : texts) {
            Guess g = guesser.guess(t);
            if (g.isDetermined() && g.primary().equals(language)) right++;
            else System.out.printf(Locale.ROOT, "  not %s: %s -> %s%n", language, t, g);
        }
        double share = (double) right / texts.size();
        System.out.printf(Locale.ROOT, "%s: %d of %d read as %s (%.1f%%)%n", language, right, texts.size(), language,
                100 * share);
        return share;
    }

    @Test
    void russianSentencesWithKazakhNamesAreRussian() throws IOException {
        var texts = sentences("ru-with-kazakh-names.txt");
        assertTrue(texts.size() >= 60, "at least 60 sentences");
        double share = share(texts, "ru");
        assertTrue(share >= TARGET, "only " + share + " read as Russian");
    }

    @Test
    void kazakhSentencesWithRussianNamesAreKazakh() throws IOException {
        var texts = sentences("kk-with-russian-names.txt");
        assertTrue(texts.size() >= 30, "at least 30 sentences");
        double share = share(texts, "kk");
        assertTrue(share >= TARGET, "only " + share + " read as Kazakh");
    }
}
