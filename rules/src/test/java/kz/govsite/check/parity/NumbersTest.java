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
    void aMonthNameCountsOnlyWhereItStandsInADate() {
        assertEquals(List.of("1", "2024"), Numbers.of("2024 жылы 1 қазандық іске қосылды"));
        assertEquals(List.of("2024"), Numbers.of("2024 жылы бірінші қазандық жөнделді"));
        assertEquals(List.of("2024"), Numbers.of("В 2024 году отремонтирована первая котельная"));
        assertEquals(List.of("10", "2025"), Numbers.of("2025 жылдың қазан айында"));
        assertEquals(List.of("10", "2025"), Numbers.of("в октябре 2025 года"));
        assertEquals(List.of("10", "2025", "5"), Numbers.of("5 қазанда 2025 жылы"));
        assertEquals(List.of("2025", "30", "5"), Numbers.of("2025 жылғы 30 мамырды қоса алғанда"), "the accusative");
    }

    @Test
    void timesCompareWhateverTheSeparator() {
        assertEquals(Numbers.of("Приём с 9:00 до 18:30"), Numbers.of("Қабылдау 9.00-ден 18.30-ға дейін"));
        assertEquals(List.of("18.3", "9"), Numbers.of("с 9:00 до 18:30"));
    }

    @Test
    void aYearOrMonthWrittenOnceForARangeMatchesOneWrittenForEachEnd() {
        assertTrue(Numbers.compare(Numbers.of("Форум пройдёт 12–14 марта 2025 года."),
                Numbers.of("Форум 2025 жылғы 12–14 наурыз аралығында өтеді.")).isEmpty());
        assertTrue(Numbers.compare(Numbers.of("Приём заявок с 12 марта 2025 года по 14 марта 2025 года."),
                Numbers.of("Өтінімдер 2025 жылғы 12–14 наурыз аралығында қабылданады.")).isEmpty());
        assertTrue(Numbers.compare(Numbers.of("в 2024–2025 годах построено 12 школ"),
                Numbers.of("2024–2025 жылдары 12 мектеп салынды")).isEmpty());
        assertTrue(Numbers.compare(Numbers.of("с 12.03.2025 по 14.03.2025"),
                Numbers.of("2025 жылғы 12–14 наурыз")).isEmpty());
        assertEquals(List.of("2024", "2025", "2025"), Numbers.of("В 2024 году. В 2025 году. В 2025 году."),
                "in separate sentences a year repeats");
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
