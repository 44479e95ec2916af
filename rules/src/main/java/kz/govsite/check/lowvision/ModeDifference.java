package kz.govsite.check.lowvision;

import java.util.ArrayList;
import java.util.List;

/**
 * How the page changed when the mode was switched on, and whether a later look at a page (the
 * next page, or this one after "normal version") still shows that mode.
 */
public record ModeDifference(PageState normal, PageState mode, boolean fontChanged, boolean coloursChanged,
                             boolean imagesChanged, List<String> markersAppeared, List<String> classesGained) {
    /** Smallest change of the base font size that counts, in CSS px. */
    static final double FONT_TOLERANCE_PX = 0.5;
    /** Below this share of text keeping its colours, the colours changed. */
    static final double SAME_COLOURS = 0.8;

    public ModeDifference {
        markersAppeared = List.copyOf(markersAppeared);
        classesGained = List.copyOf(classesGained);
    }

    public static ModeDifference between(PageState normal, PageState mode) {
        var markers = new ArrayList<>(mode.markers());
        markers.removeAll(normal.markers());
        var classes = new ArrayList<>(mode.rootClasses());
        classes.removeAll(normal.rootClasses());
        return new ModeDifference(normal, mode, Math.abs(mode.baseFontPx() - normal.baseFontPx()) >= FONT_TOLERANCE_PX,
                similarity(normal, mode) < SAME_COLOURS, !mode.imageStates().equals(normal.imageStates()), markers,
                classes);
    }

    /**
     * Whether switching on changed anything a user would notice: text size, colours, images, or a
     * known plugin's marker. A class on {@code <html>} alone, with no style behind it, is not enough.
     */
    public boolean effective() {
        return fontChanged || coloursChanged || imagesChanged || !markersAppeared.isEmpty();
    }

    /** What changed, in words, for the report. */
    public List<String> changes() {
        var out = new ArrayList<String>();
        if (fontChanged) out.add("base font " + px(normal.baseFontPx()) + " → " + px(mode.baseFontPx()) + " px");
        if (coloursChanged) {
            out.add("text " + normal.color() + " on " + normal.background() + " → " + mode.color() + " on "
                    + mode.background());
        }
        if (imagesChanged) out.add("images restyled");
        if (!markersAppeared.isEmpty()) out.add("markers " + String.join(", ", markersAppeared));
        return out;
    }

    /**
     * Whether {@code other} shows the mode. The marks the mode left (plugin markers, classes it put
     * on {@code <html>} or {@code <body>}) decide when there are any; otherwise its text size and colours.
     */
    public boolean showsMode(PageState other) {
        if (!markersAppeared.isEmpty() || !classesGained.isEmpty()) {
            return markersAppeared.stream().anyMatch(other.markers()::contains)
                    || classesGained.stream().anyMatch(other.rootClasses()::contains);
        }
        boolean sameFont = fontChanged && Math.abs(other.baseFontPx() - mode.baseFontPx()) < FONT_TOLERANCE_PX;
        boolean modeColours = coloursChanged && similarity(other, mode) > similarity(other, normal);
        return sameFont || modeColours;
    }

    /** Whether {@code after} (the same page, after "normal version") looks as it did before the mode. */
    public boolean restoredBy(PageState after) {
        return !showsMode(after)
                && Math.abs(after.baseFontPx() - normal.baseFontPx()) < FONT_TOLERANCE_PX
                && similarity(after, normal) >= SAME_COLOURS;
    }

    /**
     * The share of text set in the same colour on the same background in both states, 0 to 1. A
     * share, not the commonest colour alone: that flips between two near-equal ones (a dark footer
     * and a light page) when a few words come or go.
     */
    static double similarity(PageState a, PageState b) {
        double totalA = a.palette().values().stream().mapToInt(Integer::intValue).sum();
        double totalB = b.palette().values().stream().mapToInt(Integer::intValue).sum();
        if (totalA == 0 || totalB == 0) return totalA == totalB ? 1 : 0;
        double shared = 0;
        for (var e : a.palette().entrySet()) {
            Integer other = b.palette().get(e.getKey());
            if (other != null) shared += Math.min(e.getValue() / totalA, other / totalB);
        }
        return shared;
    }

    static String px(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
