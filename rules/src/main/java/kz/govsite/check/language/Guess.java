package kz.govsite.check.language;

import java.util.Objects;

/**
 * What a {@link LanguageGuesser} made of a text.
 *
 * @param language   the language as a BCP 47 tag ({@code kk}, {@code ru}, {@code en}, {@code kk-Latn}), or empty
 *                   when it cannot tell
 * @param confidence how far the winner is ahead of the runner-up, from 0 (a tie) to 1 (no rival);
 *                   Lingua's values are relative, so this is a distance, not a probability
 * @param runnerUp   the second most likely language, or empty
 * @param basis      what decided: {@code lingua}, {@code kazakh-letters}, {@code kazakh-latin}, {@code too-close},
 *                   {@code no-letters}
 */
public record Guess(String language, double confidence, String runnerUp, String basis) {
    public Guess {
        language = language == null ? "" : language;
        runnerUp = runnerUp == null ? "" : runnerUp;
        Objects.requireNonNull(basis, "basis");
    }

    /** A guess that says "can't tell", never a finding by itself. */
    public static Guess undetermined(String basis) {
        return new Guess("", 0, "", basis);
    }

    public boolean isDetermined() {
        return !language.isEmpty();
    }

    /** The primary language subtag: {@code kk} for {@code kk-Latn}; empty when undetermined. */
    public String primary() {
        int dash = language.indexOf('-');
        return dash < 0 ? language : language.substring(0, dash);
    }
}
