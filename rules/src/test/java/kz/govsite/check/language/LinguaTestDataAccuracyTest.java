package kz.govsite.check.language;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.govsite.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accuracy regression on Lingua's own evaluation texts (1,000 lines per language and length, read
 * from the shared data folder, never copied into the project): our guesser built from kk, ru and en
 * must keep recognising them. An undetermined answer counts as not recognised; the floors sit a
 * little under what was measured, and the measured numbers are printed.
 */
class LinguaTestDataAccuracyTest {
    /** Measured with this guesser (percent right, undetermined, wrong). */
    private static final Map<String, String> MEASURED = Map.of(
            "sentences/kk", "100.0 / 0.0 / 0.0", "sentences/ru", "99.9 / 0.1 / 0.0", "sentences/en", "100.0 / 0.0 / 0.0",
            "word-pairs/kk", "98.2 / 1.0 / 0.8", "word-pairs/ru", "99.7 / 0.3 / 0.0", "word-pairs/en", "100.0 / 0.0 / 0.0",
            "single-words/kk", "89.5 / 5.0 / 5.5", "single-words/ru", "95.8 / 3.8 / 0.4",
            "single-words/en", "100.0 / 0.0 / 0.0");

    @ParameterizedTest(name = "{0}/{1}: at least {2}% recognised")
    @CsvSource({
            "sentences, kk, 99.5", "sentences, ru, 99.5", "sentences, en, 99.5",
            "word-pairs, kk, 97.0", "word-pairs, ru, 99.0", "word-pairs, en, 99.5",
            "single-words, kk, 88.0", "single-words, ru, 94.5", "single-words, en, 99.5"})
    void recognisesLinguasTestTexts(String set, String language, double floor) throws IOException {
        Path folder = SharedData.folder("lingua-testdata").orElse(null);
        assumeTrue(folder != null, "skipped: Lingua's test texts (../shared/data/lingua-testdata) are not here");
        List<String> lines = Files.readAllLines(folder.resolve(set).resolve(language + ".txt"), StandardCharsets.UTF_8);
        LanguageGuesser guesser = TestGuessers.kkRuEn();
        int right = 0;
        int undetermined = 0;
        for (String line : lines) {
            Guess g = guesser.guess(line);
            if (!g.isDetermined()) undetermined++;
            else if (g.primary().equals(language)) right++;
        }
        int wrong = lines.size() - right - undetermined;
        double percent = 100.0 * right / lines.size();
        System.out.printf(Locale.ROOT, "%s/%s: %.1f%% right, %.1f%% undetermined, %.1f%% wrong of %d lines%n", set, language,
                percent, 100.0 * undetermined / lines.size(), 100.0 * wrong / lines.size(), lines.size());
        assertTrue(percent >= floor, set + "/" + language + " recognised " + percent + "% (measured "
                + MEASURED.get(set + "/" + language) + "), floor " + floor);
    }
}
