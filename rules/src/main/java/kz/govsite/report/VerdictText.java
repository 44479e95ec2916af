package kz.govsite.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verdict's limit sentences and the pairs' statuses in the report's language. Both are data in
 * report.json as govsite writes them (English sentences, status words), so they are read back here
 * by their fixed shapes; anything else is shown as it is.
 */
public final class VerdictText {
    private record Shape(Pattern pattern, String key) {
    }

    private static final List<Shape> LIMITS = List.of(
            new Shape(Pattern.compile("(\\w+): (\\d+) new findings?, more than maxFindings\\.\\w+=(\\d+)"), "limit.max-findings.new"),
            new Shape(Pattern.compile("(\\w+): (\\d+) findings?, more than maxFindings\\.\\w+=(\\d+)"), "limit.max-findings"),
            new Shape(Pattern.compile("parity share (\\d+)% is below minParityShare=(\\d+)%"), "limit.parity-share"),
            new Shape(Pattern.compile("minParityShare not evaluated: .*"), "limit.parity-share.unknown"),
            new Shape(Pattern.compile("lowVision\\.required not evaluated: .*"), "limit.lowvision.unknown"),
            new Shape(Pattern.compile("the site has no low-vision version: .*"), "limit.lowvision.missing"));
    private static final Pattern STATUS = Pattern.compile("(\\w+) (untranslated|copied)");

    private VerdictText() {
    }

    /** A breached limit or a note from {@link Limits}, said in {@code t}'s language. */
    static String limit(String english, ReportText t) {
        if (t.language().equals("en")) return english;
        for (Shape shape : LIMITS) {
            Matcher m = shape.pattern().matcher(english);
            if (!m.matches()) continue;
            var args = new Object[m.groupCount()];
            for (int i = 0; i < args.length; i++) args[i] = m.group(i + 1);
            return t.get(shape.key(), args);
        }
        return english;
    }

    /** A pair's status: «complete», «kk untranslated», «ru copied»; other statuses (check ids) as they are. */
    public static String status(String status, ReportText t) {
        if (t.has("pair.status." + status)) return t.get("pair.status." + status);
        Matcher m = STATUS.matcher(status);
        if (m.matches()) return t.get("pair.status." + m.group(2), t.languageName(m.group(1)));
        return status;
    }
}
