package kz.govsite.internal;

/** Plain text helpers for messages and snippets. */
public final class Text {
    private Text() {
    }

    /** At most {@code max} characters: a longer text is cut and ends with an ellipsis; null is empty. */
    public static String truncate(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** A percentage as people write it: {@code 50}, {@code 33.3}. */
    public static String percent(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
