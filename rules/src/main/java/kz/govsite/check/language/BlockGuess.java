package kz.govsite.check.language;

/**
 * A block and the language guessed for it.
 *
 * @param block the text block
 * @param guess what the guesser made of it
 */
public record BlockGuess(TextBlock block, Guess guess) {
}
