package kz.govsite.pictures;

import java.util.Map;
import java.util.TreeMap;
import kz.govsite.InvalidConfigException;
import kz.govsite.OptionValues;

/**
 * How many pictures report.html gets, read from the run's raw options: {@code govsite.pictures}
 * ({@code true} or {@code false}) and {@code govsite.pictures.max}.
 *
 * @param enabled whether element pictures are taken and pictures are shown at all
 * @param max     elements outlined per rule in a run; clean pages whose low-vision pair is shown;
 *                pages with low-vision findings shown are ten times as many
 */
public record PictureOptions(boolean enabled, int max) {
    public static final String ENABLED = "govsite.pictures";
    public static final String MAX = "govsite.pictures.max";
    /** Screenshots at all: with them off, no picture is taken either (a low-vision option that gates pictures too). */
    public static final String SCREENSHOTS = "govsite.screenshots";
    /** Pages with low-vision findings whose pair is shown, per unit of {@link #max}. */
    static final int FINDING_PAGES_PER_MAX = 10;

    public PictureOptions {
        if (max < 0) throw new IllegalArgumentException("max < 0");
    }

    public static PictureOptions defaults() {
        return new PictureOptions(true, 3);
    }

    public static PictureOptions none() {
        return new PictureOptions(false, 0);
    }

    /** How many pictures the run takes and report.html shows; none when screenshots are switched off. */
    public static PictureOptions of(Map<String, String> options) {
        return OptionValues.flag(options, SCREENSHOTS, true) ? parse(options) : none();
    }

    /** Reads the options by property name; a bad value names its parameter. */
    public static PictureOptions parse(Map<String, String> options) {
        var d = defaults();
        boolean enabled = OptionValues.flag(options, ENABLED, d.enabled());
        String raw = options.get(MAX);
        int max = d.max();
        if (raw != null && !raw.isBlank()) {
            try {
                max = Integer.parseInt(raw.strip());
            } catch (NumberFormatException e) {
                throw new InvalidConfigException(MAX, "'" + raw + "' is not a whole number");
            }
            if (max < 0 || max > 1000) throw new InvalidConfigException(MAX, "must be from 0 to 1000, was " + raw.strip());
        }
        return new PictureOptions(enabled && max > 0, max);
    }

    /** The options as report.json's {@code config} shows them, and as report.html reads them back. */
    public Map<String, Object> describe() {
        var m = new TreeMap<String, Object>();
        m.put("enabled", enabled);
        m.put("max", max);
        return m;
    }

    /** The options report.json's {@code config} recorded; the defaults when it has none (older reports). */
    public static PictureOptions fromConfig(Map<String, Object> config) {
        if (config.get("pictures") instanceof Map<?, ?> m && m.get("enabled") instanceof Boolean on
                && m.get("max") instanceof Number n && n.intValue() >= 0) {
            return new PictureOptions(on, n.intValue());
        }
        return defaults();
    }

    /** Pages with low-vision findings whose normal and low-vision screenshots are shown. */
    public int findingPages() {
        return enabled ? max * FINDING_PAGES_PER_MAX : 0;
    }

    /** Pages without low-vision findings whose screenshots are shown. */
    public int cleanPages() {
        return enabled ? max : 0;
    }
}
