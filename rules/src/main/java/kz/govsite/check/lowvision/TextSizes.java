package kz.govsite.check.lowvision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges text sizes in the mode: nothing below the smallest acceptable size, and every text able to
 * reach a multiple of the normal base size, at once or through the mode's own size controls.
 */
public final class TextSizes {
    private static final double EPSILON = 0.05;

    private TextSizes() {
    }

    /** Text in the mode, as first switched on, smaller than {@code minFontPx}. */
    public static List<TextSample> tooSmall(PageState mode, int minFontPx) {
        return mode.texts().stream().filter(t -> t.px() + EPSILON < minFontPx).toList();
    }

    /**
     * Text that at the largest size the mode offers is still below {@code minScale} times the normal
     * base size.
     */
    public static List<Shortfall> cannotReach(PageState normal, PageState mode, PageState largest, double minScale) {
        double target = targetPx(normal, minScale);
        Map<String, TextSample> before = byKey(normal);
        Map<String, TextSample> switched = byKey(mode);
        var out = new ArrayList<Shortfall>();
        for (TextSample t : largest.texts()) {
            if (t.px() + EPSILON >= target) continue;
            out.add(new Shortfall(t, Optional.ofNullable(before.get(t.key())).map(TextSample::px),
                    Optional.ofNullable(switched.get(t.key())).map(TextSample::px), t.px(), target));
        }
        return out;
    }

    /** {@code minScale} times the normal base size, rounded to a tenth of a pixel. */
    public static double targetPx(PageState normal, double minScale) {
        return Math.round(normal.baseFontPx() * minScale * 10) / 10.0;
    }

    /** The first sample of each key: a key names one element in both states. */
    static Map<String, TextSample> byKey(PageState state) {
        var map = new LinkedHashMap<String, TextSample>();
        state.texts().forEach(t -> map.putIfAbsent(t.key(), t));
        return map;
    }

    /**
     * Text that does not grow enough.
     *
     * @param largest   the element at the largest size the mode reached
     * @param normalPx  its size in the normal version, when it is there too
     * @param modePx    its size when the mode was first switched on
     * @param reachedPx the largest size it reached
     * @param targetPx  the size it had to reach
     */
    public record Shortfall(TextSample largest, Optional<Double> normalPx, Optional<Double> modePx, double reachedPx,
                            double targetPx) {
    }
}
