package kz.govsite.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A finding the team has decided not to fail on: matched by check id, URL pattern and selector.
 *
 * @param check    a check id ({@code axe.region}), a family wildcard ({@code axe.*}) or {@code *}
 * @param url      a regular expression found anywhere in the page URL, or null for every page
 * @param selector the element's CSS selector exactly (whitespace aside), or empty for every element
 * @param reason   why, shown in the reports
 */
public record Suppression(String check, Pattern url, String selector, String reason) {
    public Suppression {
        Objects.requireNonNull(check, "check");
        check = check.strip();
        selector = selector == null ? "" : normalise(selector);
        reason = reason == null ? "" : reason.strip();
    }

    /** Whether this suppression covers the finding. */
    public boolean matches(Finding finding) {
        return checkMatches(finding.check())
                && (url == null || url.matcher(finding.url()).find())
                && (selector.isEmpty() || selector.equals(normalise(finding.selector())));
    }

    /** How the suppression reads in reports, e.g. {@code axe.region url~/archive/ selector=#footer}. */
    public String describe() {
        var parts = new ArrayList<String>();
        parts.add(check);
        if (url != null) parts.add("url~" + url.pattern());
        if (!selector.isEmpty()) parts.add("selector=" + selector);
        return String.join(" ", parts);
    }

    private boolean checkMatches(String id) {
        if (check.equals("*")) return true;
        if (check.endsWith(".*")) return id.startsWith(check.substring(0, check.length() - 1));
        return check.equals(id);
    }

    /**
     * Reads {@code check=axe.region;url=/archive/;selector=#footer;reason=vendor widget}; a value
     * without {@code key=} is the check id. Throws {@link IllegalArgumentException} naming what is wrong.
     */
    public static Suppression parse(String spec) {
        String check = null;
        Pattern url = null;
        String selector = "";
        String reason = "";
        for (String part : splitUnescaped(spec)) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            String key = eq < 0 ? "check" : part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? part.strip() : part.substring(eq + 1).strip();
            switch (key) {
                case "check" -> check = value;
                case "url" -> {
                    try {
                        url = Pattern.compile(value);
                    } catch (PatternSyntaxException e) {
                        throw new IllegalArgumentException("'" + value + "' is not a regular expression: "
                                + e.getDescription());
                    }
                }
                case "selector" -> selector = value;
                case "reason" -> reason = value;
                default -> throw new IllegalArgumentException("unknown key '" + key
                        + "' in '" + spec + "': use check, url, selector and reason");
            }
        }
        if (check == null || check.isBlank()) {
            throw new IllegalArgumentException("'" + spec + "' names no check: e.g. check=axe.region;url=/archive/");
        }
        return new Suppression(check, url, selector, reason);
    }

    /** Splits on {@code ;} except where written {@code \;} (selectors and patterns may need one). */
    private static List<String> splitUnescaped(String spec) {
        var parts = new ArrayList<String>();
        var current = new StringBuilder();
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == '\\' && i + 1 < spec.length() && spec.charAt(i + 1) == ';') {
                current.append(';');
                i++;
            } else if (c == ';') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
