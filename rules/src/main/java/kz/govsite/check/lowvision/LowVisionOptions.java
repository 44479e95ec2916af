package kz.govsite.check.lowvision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.govsite.InvalidConfigException;
import kz.govsite.OptionSet;
import kz.govsite.OptionValues;
import kz.govsite.pictures.PictureOptions;

/**
 * How the low-vision version is found and judged, read from the run's raw options
 * ({@code govsite.lowVision.*} and {@code govsite.screenshots}).
 *
 * @param toggleSelector CSS selector of the control that switches the mode on, or null to detect it
 * @param minFontPx      smallest acceptable text size in the mode
 * @param minScale       how many times the normal base size text must be able to reach
 * @param reflowWidth    viewport width in CSS px at which the mode must not scroll sideways
 * @param contrastRules  axe rules run in the mode
 * @param screenshots    whether to save a PNG per page and mode
 * @param required       fail when the site has no low-vision version at all
 * @param sampling       {@code template}: the way back, persistence and screenshots are proved on a few
 *                       pages of each page template and carried to the rest; {@code all}: on every page
 */
public record LowVisionOptions(String toggleSelector, int minFontPx, double minScale, int reflowWidth,
                               List<String> contrastRules, boolean screenshots, boolean required, String sampling)
        implements OptionSet {
    public static final String TOGGLE = "govsite.lowVision.toggle";
    public static final String MIN_FONT_PX = "govsite.lowVision.minFontPx";
    public static final String MIN_SCALE = "govsite.lowVision.minScale";
    public static final String REFLOW_WIDTH = "govsite.lowVision.reflowWidth";
    public static final String CONTRAST_RULES = "govsite.lowVision.contrastRules";
    public static final String SCREENSHOTS = PictureOptions.SCREENSHOTS;
    public static final String REQUIRED = "govsite.lowVision.required";
    public static final String SAMPLING = "govsite.lowVision.sampling";
    public static final String SAMPLE_TEMPLATES = "template";
    public static final String SAMPLE_ALL = "all";

    public LowVisionOptions {
        contrastRules = List.copyOf(contrastRules);
        sampling = sampling == null || sampling.isBlank() ? SAMPLE_TEMPLATES : sampling.strip().toLowerCase(Locale.ROOT);
        if (!sampling.equals(SAMPLE_TEMPLATES) && !sampling.equals(SAMPLE_ALL)) {
            throw new InvalidConfigException(SAMPLING, "must be 'template' or 'all', not '" + sampling + "'");
        }
    }

    /** Options sampling per template, the default. */
    public LowVisionOptions(String toggleSelector, int minFontPx, double minScale, int reflowWidth,
                            List<String> contrastRules, boolean screenshots, boolean required) {
        this(toggleSelector, minFontPx, minScale, reflowWidth, contrastRules, screenshots, required, SAMPLE_TEMPLATES);
    }

    public static LowVisionOptions defaults() {
        return new LowVisionOptions(null, 16, 2.0, 640,
                List.of("color-contrast", "color-contrast-enhanced"), true, false);
    }

    /** Reads the options by property name; a bad value names its parameter. */
    public static LowVisionOptions of(Map<String, String> options) {
        var d = defaults();
        List<String> rules = OptionValues.list(options, CONTRAST_RULES);
        return new LowVisionOptions(OptionValues.text(options, TOGGLE),
                OptionValues.positive(options, MIN_FONT_PX, d.minFontPx()),
                OptionValues.positiveDecimal(options, MIN_SCALE, d.minScale()),
                OptionValues.positive(options, REFLOW_WIDTH, d.reflowWidth()),
                rules.isEmpty() ? d.contrastRules() : rules,
                OptionValues.flag(options, SCREENSHOTS, d.screenshots()),
                OptionValues.flag(options, REQUIRED, d.required()),
                OptionValues.text(options, SAMPLING));
    }

    @Override
    public Map<String, String> values() {
        var m = new LinkedHashMap<String, String>();
        m.put(TOGGLE, toggleSelector == null ? "" : toggleSelector);
        m.put(MIN_FONT_PX, String.valueOf(minFontPx));
        m.put(MIN_SCALE, String.valueOf(minScale));
        m.put(REFLOW_WIDTH, String.valueOf(reflowWidth));
        m.put(CONTRAST_RULES, String.join(",", contrastRules));
        m.put(SCREENSHOTS, String.valueOf(screenshots));
        m.put(REQUIRED, String.valueOf(required));
        m.put(SAMPLING, sampling);
        return m;
    }

    public LowVisionOptions withSampling(String value) {
        return new LowVisionOptions(toggleSelector, minFontPx, minScale, reflowWidth, contrastRules, screenshots,
                required, value);
    }

    /** Whether site-wide properties of the mode are proved on samples of each template. */
    public boolean samplesTemplates() {
        return sampling.equals(SAMPLE_TEMPLATES);
    }

    /** Adds the options to report.json's {@code config} under the names it has always used. */
    void describe(Map<String, Object> config) {
        config.put("lowVisionRequired", required);
        config.put("lowVisionSampling", sampling);
    }
}
