package kz.govsite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionValuesTest {
    @Test
    void listsSplitOnCommasAndDropBlanks() {
        assertEquals(List.of("axe", "parity", "language"), OptionValues.list(Arrays.asList("axe, parity", null, " ,language")));
    }

    @Test
    void aWindowIsWidthByHeightOfAtLeast200() {
        assertArrayEquals(new int[] {1280, 1024}, OptionValues.windowSize("1280X1024"));
        var e = assertThrows(InvalidConfigException.class, () -> OptionValues.windowSize("100x100"));
        assertEquals("govsite.windowSize", e.parameter());
    }

    @Test
    void headersAndCookiesKeepTheirOrderAndNameTheirProperty() {
        assertEquals(Map.of("X-Agency", "akimat", "Accept-Language", "kk"),
                OptionValues.headers(List.of("X-Agency: akimat", "Accept-Language:kk")));
        assertEquals(Map.of("BITRIX_SM_LANG", "kz"), OptionValues.cookies(List.of("BITRIX_SM_LANG=kz")));
        assertEquals("govsite.headers", assertThrows(InvalidConfigException.class,
                () -> OptionValues.headers(List.of(": no name"))).parameter());
        assertEquals("govsite.cookies", assertThrows(InvalidConfigException.class,
                () -> OptionValues.cookies(List.of("novalue"))).parameter());
    }

    @Test
    void numbersAndPatternsNameTheirProperty() {
        assertEquals(3, OptionValues.wholeNumber("govsite.maxFindings.axe", " 3 "));
        assertEquals("govsite.maxFindings.axe", assertThrows(InvalidConfigException.class,
                () -> OptionValues.wholeNumber("govsite.maxFindings.axe", "many")).parameter());
        assertEquals("govsite.includes", assertThrows(InvalidConfigException.class,
                () -> OptionValues.patterns("govsite.includes", List.of("/ru/(news"))).parameter());
        assertEquals("govsite.pageTimeout", assertThrows(InvalidConfigException.class,
                () -> OptionValues.positive("govsite.pageTimeout", 0)).parameter());
    }
}
