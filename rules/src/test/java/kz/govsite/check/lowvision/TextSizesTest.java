package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextSizesTest {
    static TextSample text(String key, double px) {
        return new TextSample(key, "main > p", px, "rgb(0, 0, 0)", "rgb(255, 255, 255)", "400", key);
    }

    static PageState sized(double base, TextSample... texts) {
        return new PageState("http://site.test/", base, "", "", "", List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(texts), "", "", "", 0, 0, 0, Map.of());
    }

    @Test
    void textBelowTheSmallestSizeInTheModeIsTooSmall() {
        var mode = sized(24, text("p|body", 24), text("p|note", 15.6), text("small|x", 15.96));
        assertEquals(List.of(text("p|note", 15.6)), TextSizes.tooSmall(mode, 16));
    }

    @Test
    void textMustReachTheScaleOfTheNormalBaseSize() {
        var normal = sized(16, text("p|body", 16), text("p|legal", 16));
        var mode = sized(24, text("p|body", 24), text("p|legal", 18));
        var largest = sized(56, text("p|body", 56), text("p|legal", 18), text("button|a+", 31.9));
        assertEquals(32.0, TextSizes.targetPx(normal, 2.0));
        var shortfalls = TextSizes.cannotReach(normal, mode, largest, 2.0);
        assertEquals(List.of(
                new TextSizes.Shortfall(text("p|legal", 18), Optional.of(16.0), Optional.of(18.0), 18, 32),
                new TextSizes.Shortfall(text("button|a+", 31.9), Optional.empty(), Optional.empty(), 31.9, 32)),
                shortfalls);
    }

    @Test
    void theTargetRoundsToATenthOfAPixel() {
        assertEquals(24.7, TextSizes.targetPx(sized(16.45), 1.5));
    }
}
