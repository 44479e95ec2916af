package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSampleTest {
    static TextSample sample(double px, String color, String background, String weight) {
        return new TextSample("p|notice", "p", px, color, background, weight, "notice");
    }

    @Test
    void aFailureWithTheSameColoursAndNoSmallerTextFailedInTheNormalVersionToo() {
        var normal = sample(16, "rgb(153, 153, 153)", "rgb(255, 255, 255)", "400");
        assertTrue(sample(24, "rgb(153, 153, 153)", "rgb(255, 255, 255)", "400").contrastFailsIn(normal));
        assertTrue(sample(16, "rgb(153, 153, 153)", "rgb(255, 255, 255)", "700").contrastFailsIn(normal));
    }

    @Test
    void otherColoursOrSmallerTextMakeItANewFailure() {
        var normal = sample(16, "rgb(85, 85, 85)", "rgb(255, 255, 255)", "400");
        assertFalse(sample(24, "rgb(85, 85, 85)", "rgb(0, 0, 0)", "400").contrastFailsIn(normal));
        assertFalse(sample(14, "rgb(85, 85, 85)", "rgb(255, 255, 255)", "400").contrastFailsIn(normal));
        assertFalse(sample(16, "rgb(85, 85, 85)", "rgb(255, 255, 255)", "normal")
                .contrastFailsIn(sample(16, "rgb(85, 85, 85)", "rgb(255, 255, 255)", "bold")));
        assertFalse(sample(16, "rgb(85, 85, 85)", "rgb(255, 255, 255)", "400").contrastFailsIn(null));
    }
}
