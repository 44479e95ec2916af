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

    /** The first line of an exception's message (its class name when it has none), for a one-line report. */
    public static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    /** The first line of a message, or "no message" for none: driver errors append pages of detail. */
    public static String firstLine(String message) {
        if (message == null) return "no message";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
