package kz.govsite.check.lowvision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One clue that a control without a text label opens the low-vision mode: a pattern found in the
 * control's id or classes ({@code name}), its href ({@code href}) or the icons it holds
 * ({@code icon}), worth {@code weight}.
 */
public record OpenHint(int weight, Where where, Pattern pattern) {
    /** Where on the control a hint is looked for. */
    public enum Where { NAME, HREF, ICON }

    /** Reads lines of the form {@code 2 icon fa-eye|eye\.svg}. */
    static List<OpenHint> parse(List<String> lines) {
        var out = new ArrayList<OpenHint>();
        for (String line : lines) {
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 3 || !parts[0].matches("\\d")) {
                throw new IllegalArgumentException("an open hint reads 'weight name|href|icon regex': " + line);
            }
            Where where;
            try {
                where = Where.valueOf(parts[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("an open hint looks in name, href or icon, not '" + parts[1] + "': "
                        + line);
            }
            try {
                out.add(new OpenHint(Integer.parseInt(parts[0]), where, Pattern.compile(parts[2])));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("an open hint's pattern does not compile: " + line);
            }
        }
        return out;
    }

    boolean foundIn(String value) {
        return value != null && pattern.matcher(value.toLowerCase(Locale.ROOT)).find();
    }
}
