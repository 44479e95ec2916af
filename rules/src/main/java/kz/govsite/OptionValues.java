package kz.govsite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import kz.govsite.finding.Suppression;

/**
 * Reads option values as users write them (in a pom, on the command line, in a registry) into the
 * engine's types; a bad value throws {@link InvalidConfigException} naming its property. The Maven
 * plugin only maps its parameters onto these.
 */
public final class OptionValues {
    private OptionValues() {
    }

    /** Values given as a list, each of which may itself be comma-separated; blanks dropped. */
    public static List<String> list(List<String> values) {
        if (values == null) return List.of();
        var out = new ArrayList<String>();
        for (String v : values) {
            if (v == null) continue;
            for (String part : v.split(",")) {
                if (!part.isBlank()) out.add(part.strip());
            }
        }
        return out;
    }

    /** A raw option's value, stripped, or null when it is absent or blank. */
    public static String text(Map<String, String> options, String name) {
        String raw = options.get(name);
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** A raw option given as a comma-separated list; empty when absent. */
    public static List<String> list(Map<String, String> options, String name) {
        String raw = options.get(name);
        return raw == null ? List.of() : list(List.of(raw));
    }

    /** A raw {@code true}/{@code false} option; {@code fallback} when absent. */
    public static boolean flag(Map<String, String> options, String name, boolean fallback) {
        String raw = text(options, name);
        if (raw == null) return fallback;
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidConfigException(name, "'" + raw + "' is neither true nor false");
        };
    }

    /** A raw whole-number option that must be positive; {@code fallback} when absent. */
    public static int positive(Map<String, String> options, String name, int fallback) {
        String raw = text(options, name);
        return raw == null ? fallback : positive(name, wholeNumber(name, raw));
    }

    /** A raw decimal option that must be positive; {@code fallback} when absent. */
    public static double positiveDecimal(Map<String, String> options, String name, double fallback) {
        String raw = text(options, name);
        if (raw == null) return fallback;
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(name, "'" + raw + "' is not a number");
        }
        if (!(value > 0) || Double.isInfinite(value)) throw new InvalidConfigException(name, "must be positive, was " + raw);
        return value;
    }

    /** Regular expressions, e.g. {@code govsite.includes}. */
    public static List<Pattern> patterns(String property, List<String> regexes) {
        var out = new ArrayList<Pattern>();
        for (String regex : list(regexes)) {
            try {
                out.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new InvalidConfigException(property, "'" + regex + "' is not a regular expression: "
                        + e.getDescription());
            }
        }
        return out;
    }

    /** {@code WIDTHxHEIGHT} in CSS pixels, each at least 200. */
    public static int[] windowSize(String value) {
        String[] parts = value == null ? new String[0] : value.toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].strip());
                int h = Integer.parseInt(parts[1].strip());
                if (w >= 200 && h >= 200) return new int[] {w, h};
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new InvalidConfigException("govsite.windowSize", "'" + value + "' is not WIDTHxHEIGHT, e.g. 1280x1024");
    }

    public static int positive(String property, int value) {
        if (value <= 0) throw new InvalidConfigException(property, "must be positive, was " + value);
        return value;
    }

    public static int wholeNumber(String property, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (RuntimeException e) {
            throw new InvalidConfigException(property, "'" + value + "' is not a whole number");
        }
    }

    /** {@code Name: value} headers, in the order given. */
    public static Map<String, String> headers(List<String> values) {
        return pairs("govsite.headers", values, ':', "expected 'Name: value', got a value without a name");
    }

    /** {@code name=value} cookies, in the order given. */
    public static Map<String, String> cookies(List<String> values) {
        return pairs("govsite.cookies", values, '=', "expected 'name=value', got a value without a name");
    }

    /** {@code check=ID;url=REGEX;selector=CSS;reason=TEXT} suppressions. */
    public static List<Suppression> suppressions(List<String> specs) {
        var out = new ArrayList<Suppression>();
        for (String spec : specs == null ? List.<String>of() : specs) {
            if (spec == null || spec.isBlank()) continue;
            try {
                out.add(Suppression.parse(spec.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigException("govsite.suppressions", e.getMessage());
            }
        }
        return out;
    }

    private static Map<String, String> pairs(String property, List<String> values, char separator, String error) {
        var out = new LinkedHashMap<String, String>();
        for (String value : list(values)) {
            int at = value.indexOf(separator);
            if (at < 1) throw new InvalidConfigException(property, error);
            out.put(value.substring(0, at).strip(), value.substring(at + 1).strip());
        }
        return out;
    }
}
