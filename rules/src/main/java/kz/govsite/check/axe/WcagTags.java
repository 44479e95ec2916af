package kz.govsite.check.axe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads WCAG success criteria out of axe's rule tags: {@code wcag1412} is 1.4.12. */
public final class WcagTags {
    private static final Pattern CRITERION = Pattern.compile("wcag(\\d)(\\d)(\\d{1,2})");

    private WcagTags() {
    }

    public static List<String> criteria(List<String> tags) {
        var out = new ArrayList<String>();
        for (String tag : tags) {
            Matcher m = CRITERION.matcher(tag);
            if (m.matches()) {
                out.add(m.group(1) + "." + m.group(2) + "." + m.group(3));
            }
        }
        return List.copyOf(out);
    }
}
