package kz.govsite.check.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.check.language.LanguageGuesser;
import kz.govsite.check.language.LanguageGuessers;
import kz.govsite.check.language.LanguageShares;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A document's language with the Kazakh/Russian care of pages: names do not turn Russian into Kazakh. */
class DocumentTextTest {
    static LanguageGuesser guesser;

    @BeforeAll
    static void languages() {
        guesser = LanguageGuessers.forOptions(LanguageOptions.defaults());
    }

    static final String RUSSIAN_ORDER_WITH_KAZAKH_NAMES = """
            ПРИКАЗ
            Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан
            от 14 февраля 2025 года № 37

            В соответствии с пунктом 2 статьи 10 Закона Республики Казахстан «Об информатизации»
            ПРИКАЗЫВАЮ:
            1. Утвердить прилагаемые правила проведения конкурса «Цифрлық Қазақстан» среди областных управлений.
            2. Управлению цифровизации города Астаны (Мұхтар Әуезов көшесі, 12) обеспечить размещение настоящего приказа.
            3. Контроль за исполнением настоящего приказа возложить на курирующего вице-министра Қайрат Нұрланұлы Сәрсенбаев.
            4. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.

            Министр Ж. Мәдиев
            """;

    @Test
    void aRussianOrderFullOfKazakhNamesIsRussian() {
        LanguageShares shares = DocumentText.shares(RUSSIAN_ORDER_WITH_KAZAKH_NAMES, guesser);
        assertEquals(Optional.of("ru"), shares.majority(), shares.describe());
        assertTrue(shares.percent("ru") >= 60, shares.describe());
    }

    @Test
    void kazakhTextWithRussianLoanwordsIsKazakh() {
        String text = """
                Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрінің бұйрығы
                2025 жылғы 14 ақпандағы № 37

                «Ақпараттандыру туралы» Қазақстан Республикасы Заңының 10-бабының 2-тармағына сәйкес БҰЙЫРАМЫН:
                1. Облыстық басқармалар арасында «Цифрлық Қазақстан» конкурсын өткізу қағидалары бекітілсін.
                2. Астана қаласының цифрландыру басқармасы осы бұйрықтың интернет-ресурста орналастырылуын қамтамасыз етсін.
                3. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.
                """;
        assertEquals(Optional.of("kk"), DocumentText.shares(text, guesser).majority());
    }

    @Test
    void blocksGatherLinesUpToFortyWordsAndEndAtBlankLines() {
        String line = "один два три четыре пять шесть семь восемь девять десять";
        String text = String.join("\n", List.of(line, line, line, line, line, "", "короткая строка из пяти", "", "два слова"));
        List<String> blocks = DocumentText.blocks(text);
        assertEquals(3, blocks.size(), blocks.toString());
        assertEquals(String.join(" ", List.of(line, line, line, line)), blocks.get(0));
        assertEquals(line, blocks.get(1));
        assertEquals("короткая строка из пяти", blocks.get(2));
    }
}
