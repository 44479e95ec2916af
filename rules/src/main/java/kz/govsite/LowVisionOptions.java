package kz.govsite;

import java.util.List;
import java.util.Locale;

/**
 * How the low-vision version is found and judged.
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
                               List<String> contrastRules, boolean screenshots, boolean required, String sampling) {
    public static final String SAMPLE_TEMPLATES = "template";
    public static final String SAMPLE_ALL = "all";

    public LowVisionOptions {
        contrastRules = List.copyOf(contrastRules);
        sampling = sampling == null || sampling.isBlank() ? SAMPLE_TEMPLATES : sampling.strip().toLowerCase(Locale.ROOT);
        if (!sampling.equals(SAMPLE_TEMPLATES) && !sampling.equals(SAMPLE_ALL)) {
            throw new InvalidConfigException("govsite.lowVision.sampling",
                    "must be 'template' or 'all', not '" + sampling + "'");
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

    /** The same options with another toggle selector (e.g. one site's of an audit). */
    public LowVisionOptions withToggleSelector(String selector) {
        return new LowVisionOptions(selector, minFontPx, minScale, reflowWidth, contrastRules, screenshots, required,
                sampling);
    }

    public LowVisionOptions withSampling(String value) {
        return new LowVisionOptions(toggleSelector, minFontPx, minScale, reflowWidth, contrastRules, screenshots,
                required, value);
    }

    /** Whether site-wide properties of the mode are proved on samples of each template. */
    public boolean samplesTemplates() {
        return sampling.equals(SAMPLE_TEMPLATES);
    }
}
