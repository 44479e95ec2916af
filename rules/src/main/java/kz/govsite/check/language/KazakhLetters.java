package kz.govsite.check.language;

/**
 * Counts words that carry the letters only Kazakh Cyrillic has among Kazakh and Russian
 * (ә ғ қ ң ө ұ ү һ і): the strongest evidence there is between the two, and the only reliable
 * one for short labels. Lingua itself treats only ә ғ қ ң ұ as Kazakh (ө ү count as Mongolian,
 * і as Belarusian or Ukrainian), so a word like «өлшем» needs this help.
 *
 * @param words         words with at least one letter
 * @param kazakhWords   words with at least one Kazakh-specific letter
 */
public record KazakhLetters(int words, int kazakhWords) {
    static final String LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    public static KazakhLetters of(String text) {
        int words = 0;
        int kazakh = 0;
        for (String word : text.split("[\\s\\p{Punct}«»—–…„“”]+")) {
            if (word.codePoints().noneMatch(Character::isLetter)) continue;
            words++;
            if (hasKazakhLetter(word)) kazakh++;
        }
        return new KazakhLetters(words, kazakh);
    }

    public static boolean hasKazakhLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (LETTERS.indexOf(text.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** Share of words with a Kazakh-specific letter, 0 for no words. */
    public double share() {
        return words == 0 ? 0 : (double) kazakhWords / words;
    }
}
