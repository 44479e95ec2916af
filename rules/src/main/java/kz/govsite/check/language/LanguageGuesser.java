package kz.govsite.check.language;

import java.util.Set;

/** Tells which of the configured languages a piece of text is written in. */
public interface LanguageGuesser {
    /** The language of {@code text}, or an undetermined guess when it cannot tell. Never throws. */
    Guess guess(String text);

    /** The languages it tells apart, as lower-case ISO 639-1 codes. */
    Set<String> languages();
}
