package kz.govsite;

import java.util.List;

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
 */
public record LowVisionOptions(String toggleSelector, int minFontPx, double minScale, int reflowWidth,
                               List<String> contrastRules, boolean screenshots, boolean required) {
    public LowVisionOptions {
        contrastRules = List.copyOf(contrastRules);
    }

    public static LowVisionOptions defaults() {
        return new LowVisionOptions(null, 16, 2.0, 640,
                List.of("color-contrast", "color-contrast-enhanced"), true, false);
    }
}
