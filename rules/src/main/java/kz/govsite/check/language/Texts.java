package kz.govsite.check.language;

import java.util.Locale;

/** Counting and normalising the text of blocks. */
public final class Texts {
    private Texts() {
    }

    /** Words that contain at least one letter. */
    public static int words(String text) {
        int n = 0;
        for (String w : text.split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetter)) n++;
        }
        return n;
    }

    public static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    /** Collapses every kind of white space (including no-break and thin spaces) to one space. */
    public static String collapse(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u2009\\u202F\\u200B]+", " ").strip();
    }

    /** The form used to tell whether two texts are the same: lower case, letters and digits only. */
    public static String comparable(String text) {
        return collapse(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " "));
    }

    /** At most {@code max} characters, cut at a word and marked with an ellipsis. */
    public static String shorten(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
