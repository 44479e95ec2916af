package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModeDifferenceTest {
    static final String DARK = "rgb(34, 34, 34)";
    static final String WHITE = "rgb(255, 255, 255)";
    static final String BLACK = "rgb(0, 0, 0)";

    static PageState state(double px, String color, String background, List<String> htmlClasses, List<String> markers) {
        return new PageState("http://site.test/", px, color, background, "shown:none:1", htmlClasses, List.of(),
                markers, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "", "", "",
                1280, 1280, 1024, Map.of(color + " on " + background, 100));
    }

    @Test
    void aClassWithNothingBehindItIsNoMode() {
        var normal = state(16, DARK, WHITE, List.of(), List.of());
        var diff = ModeDifference.between(normal, state(16, DARK, WHITE, List.of("lv"), List.of()));
        assertFalse(diff.effective());
        assertEquals(List.of("html.lv"), diff.classesGained());
    }

    @Test
    void sizeColoursOrAPluginMarkerEachCount() {
        var normal = state(16, DARK, WHITE, List.of(), List.of());
        assertTrue(ModeDifference.between(normal, state(24, DARK, WHITE, List.of(), List.of())).effective());
        assertTrue(ModeDifference.between(normal, state(16, WHITE, BLACK, List.of(), List.of())).effective());
        var bvi = ModeDifference.between(normal, state(16, DARK, WHITE, List.of(), List.of("body.bvi-active")));
        assertTrue(bvi.effective());
        assertEquals(List.of("markers body.bvi-active"), bvi.changes());
    }

    @Test
    void describesTheChanges() {
        var diff = ModeDifference.between(state(16, DARK, WHITE, List.of(), List.of()),
                state(24.5, WHITE, BLACK, List.of("lv"), List.of()));
        assertEquals(List.of("base font 16 → 24.5 px",
                "text rgb(34, 34, 34) on rgb(255, 255, 255) → rgb(255, 255, 255) on rgb(0, 0, 0)"), diff.changes());
    }

    @Test
    void theClassesTheModeLeftDecideWhetherAnotherPageShowsIt() {
        var diff = ModeDifference.between(state(16, DARK, WHITE, List.of("js"), List.of()),
                state(24, WHITE, BLACK, List.of("js", "lv"), List.of()));
        assertTrue(diff.showsMode(state(20, WHITE, BLACK, List.of("lv"), List.of())));
        // Same colours by chance, but the mode's class is gone: the next page is in the normal version.
        assertFalse(diff.showsMode(state(24, WHITE, BLACK, List.of("js"), List.of())));
    }

    @Test
    void withoutMarksTheTextSizeAndColoursDecide() {
        var diff = ModeDifference.between(state(16, DARK, WHITE, List.of(), List.of()),
                state(24, WHITE, BLACK, List.of(), List.of()));
        assertTrue(diff.showsMode(state(24, DARK, WHITE, List.of(), List.of())));
        assertTrue(diff.showsMode(state(18, WHITE, BLACK, List.of(), List.of())));
        assertFalse(diff.showsMode(state(16, DARK, WHITE, List.of(), List.of())));
    }

    static PageState painted(Map<String, Integer> palette) {
        return new PageState("http://site.test/", 16, "", "", "shown:none:1", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "", "", "", 1280, 1280, 1024,
                palette);
    }

    @Test
    void coloursAreComparedAsSharesOfTheTextNotByTheCommonestColourAlone() {
        // A dark footer and a light page with nearly as much text: which one is commonest flips
        // when a few words come or go, the shares barely move.
        var before = painted(Map.of("ink on footer", 510, "dark on soft", 490));
        var after = painted(Map.of("ink on footer", 480, "dark on soft", 520));
        assertEquals(0.97, ModeDifference.similarity(before, after), 0.001);
        var mode = painted(Map.of("black on white", 1000));
        var diff = ModeDifference.between(before, mode);
        assertTrue(diff.coloursChanged());
        assertTrue(diff.restoredBy(after));
        assertTrue(diff.showsMode(painted(Map.of("black on white", 700, "dark on soft", 300))));
        assertFalse(diff.showsMode(painted(Map.of("black on white", 300, "dark on soft", 700))));
    }

    @Test
    void restoredMeansNoMarkAndTheNormalSizeAndColours() {
        var normal = state(16, DARK, WHITE, List.of(), List.of());
        var diff = ModeDifference.between(normal, state(16, BLACK, WHITE, List.of(), List.of("body.bvi-active")));
        assertTrue(diff.restoredBy(state(16, DARK, WHITE, List.of(), List.of())));
        assertFalse(diff.restoredBy(state(16, BLACK, WHITE, List.of(), List.of("body.bvi-active"))));
        assertFalse(diff.restoredBy(state(16, BLACK, WHITE, List.of(), List.of())), "colours not back");
    }
}
