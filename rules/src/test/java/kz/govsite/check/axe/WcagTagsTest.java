package kz.govsite.check.axe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WcagTagsTest {
    @Test
    void readsCriteriaAndSkipsLevelsAndCategories() {
        assertEquals(List.of("1.4.3", "1.4.12", "2.5.8"),
                WcagTags.criteria(List.of("cat.color", "wcag2aa", "wcag143", "wcag1412", "wcag258", "wcag22aa", "ACT")));
    }
}
