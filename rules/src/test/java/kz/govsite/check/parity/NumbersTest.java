package kz.govsite.check.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void groupedThousandsAndDecimalCommasAreOneNumber() {
        assertEquals(List.of("1250000"), Numbers.of("1 250 000 тенге"));
        assertEquals(List.of("1250000"), Numbers.of("1\u00A0250\u00A0000 теңге"));
        assertEquals(List.of("1250000"), Numbers.of("1250000"));
        assertEquals(List.of("1250000.5"), Numbers.of("1,250,000.5"));
        assertEquals(List.of("12.5"), Numbers.of("12,5%"));
        assertEquals(List.of("12.5"), Numbers.of("12.50 %"));
        assertEquals(List.of("12500.75"), Numbers.of("12 500,75"));
    }

    @Test
    void neighbouringNumbersStayApart() {
        assertEquals(List.of("125", "2020"), Numbers.of("в 2020 году 125 человек"));
        assertEquals(List.of("2021", "2022"), Numbers.of("2021, 2022"));
        assertEquals(List.of("12", "345"), Numbers.of("12 | 345"));
    }

    @Test
    void aPhoneNumberIsOneNumberHoweverItIsWritten() {
        var expected = List.of("+77172745001");
        assertEquals(expected, Numbers.of("Тел.: +7 (7172) 74-50-01"));
        assertEquals(expected, Numbers.of("Тел.: 8 (7172) 74 50 01"));
        assertEquals(expected, Numbers.of("+7 717 274 50 01"));
    }

    @Test
    void datesInWordsAndInDigitsGiveDayMonthAndYear() {
        var expected = List.of("12", "15", "2021");
        assertEquals(expected, Numbers.of("15 декабря 2021 года"));
        assertEquals(expected, Numbers.of("2021 жылғы 15 желтоқсанда"));
        assertEquals(expected, Numbers.of("15.12.2021"));
        assertEquals(expected, Numbers.of("2021-12-15"));
        assertEquals(List.of("12", "2021"), Numbers.of("в декабре 2021 года"));
        assertEquals(List.of("12", "2021"), Numbers.of("2021 жылғы желтоқсанда"));
    }

    @Test
    void aMonthNameAloneIsNotADate() {
        assertEquals(List.of(), Numbers.of("Қазан қаласында өткен кездесу"));
        assertEquals(List.of(), Numbers.of("Наурыз мерекесі"));
    }

    @Test
    void documentNumbersKeepTheirDigits() {
        assertEquals(List.of("123"), Numbers.of("Приказ № 123-НҚ"));
        assertEquals(List.of("123"), Numbers.of("№ 0123 бұйрық"));
        assertEquals(List.of("175", "2020"), Numbers.of("ҚР ДСМ-175/2020"));
    }

    @Test
    void comparesAsMultisetsReportingWhatEachSideLacks() {
        var d = Numbers.compare(List.of("1250000", "15", "15", "2021"), List.of("1205000", "15", "2021"));
        assertEquals(List.of("1250000", "15"), d.onlyInFirst());
        assertEquals(List.of("1205000"), d.onlyInSecond());
        assertTrue(Numbers.compare(Numbers.of("15 декабря 2021 года, 1 250 000 тенге, 12,5%"),
                Numbers.of("2021 жылғы 15 желтоқсанда 1250000 теңге, 12.5%")).isEmpty());
    }
}
