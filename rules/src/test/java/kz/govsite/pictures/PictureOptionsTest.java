package kz.govsite.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import kz.govsite.InvalidConfigException;
import org.junit.jupiter.api.Test;

class PictureOptionsTest {
    @Test
    void defaultsThreePerRuleAndThirtyPagesWithLowVisionFindings() {
        var d = PictureOptions.parse(Map.of());
        assertEquals(new PictureOptions(true, 3), d);
        assertEquals(30, d.findingPages());
        assertEquals(3, d.cleanPages());
        assertEquals(new PictureOptions(false, 3), PictureOptions.parse(Map.of(PictureOptions.ENABLED, "false")));
        assertEquals(new PictureOptions(false, 0), PictureOptions.parse(Map.of(PictureOptions.MAX, "0")));
        assertEquals(0, PictureOptions.none().findingPages());
    }

    @Test
    void readsBackWhatReportJsonRecordedAndNamesABadValue() {
        var o = new PictureOptions(true, 7);
        assertEquals(o, PictureOptions.fromConfig(Map.of("pictures", o.describe())));
        assertEquals(PictureOptions.defaults(), PictureOptions.fromConfig(Map.of()));
        var e = assertThrows(InvalidConfigException.class, () -> PictureOptions.parse(Map.of(PictureOptions.ENABLED, "yes")));
        assertEquals("govsite.pictures: 'yes' is neither true nor false", e.getMessage());
        e = assertThrows(InvalidConfigException.class, () -> PictureOptions.parse(Map.of(PictureOptions.MAX, "-1")));
        assertEquals("govsite.pictures.max: must be from 0 to 1000, was -1", e.getMessage());
    }
}
