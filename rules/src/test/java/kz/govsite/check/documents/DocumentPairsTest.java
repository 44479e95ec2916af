package kz.govsite.check.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.govsite.check.documents.DocumentLinks.Link;
import org.junit.jupiter.api.Test;

/** How the documents of a Kazakh page and of its Russian twin are paired. */
class DocumentPairsTest {
    static final String S = "http://site.test";

    static Link link(String path, String text) {
        return new Link(S + path, text);
    }

    @Test
    void theSameFileNameOnceTheLanguageIsTakenOut() {
        assertEquals("docs order 37 pdf", DocumentPairs.nameKey(S + "/kk/docs/order-37.pdf"));
        assertEquals("docs order 37 pdf", DocumentPairs.nameKey(S + "/ru/docs/order_37_rus.pdf"));
        assertEquals("upload prikaz pdf", DocumentPairs.nameKey(S + "/upload/prikaz_kaz.pdf"));
        assertEquals("download php id 5", DocumentPairs.nameKey(S + "/download.php?id=5&lang=kz"));
    }

    @Test
    void pairsByNameThenByNumbersThenByPlaceAndLeavesTheRestAlone() {
        var kk = List.of(
                link("/kk/docs/budget-2025.pdf", "2025 жылғы бюджет"),
                link("/upload/iblock/a1f/b.pdf", "2025 жылғы 14 ақпандағы № 37 бұйрық"),
                link("/upload/iblock/c2e/x.docx", "Жоспар"),
                link("/shared/logo-guide.pdf", "Брендбук"));
        var ru = List.of(
                link("/upload/iblock/9d0/q.pdf", "Приказ № 37 от 14.02.2025"),
                link("/ru/docs/budget-2025.pdf", "Бюджет на 2025 год"),
                link("/shared/logo-guide.pdf", "Брендбук"));
        DocumentPairs.Result r = DocumentPairs.pair(kk, ru);
        assertEquals(List.of(
                new DocumentPairs.Pair(S + "/kk/docs/budget-2025.pdf", S + "/ru/docs/budget-2025.pdf", "name")), r.pairs().subList(0, 1));
        assertEquals(2, r.pairs().size(), r.pairs().toString());
        assertEquals("numbers", r.pairs().get(1).via(), "«№ 37 14 … 2025» on both sides, whatever the month's spelling: "
                + DocumentPairs.numbersKey(kk.get(1)) + " / " + DocumentPairs.numbersKey(ru.get(0)));
        assertEquals(List.of(S + "/upload/iblock/c2e/x.docx"), r.kkAlone());
        assertEquals(List.of(), r.ruAlone(), "the shared file is not a pair and never missing");
    }

    @Test
    void listsOfEqualLengthWithNothingInCommonPairByPlace() {
        DocumentPairs.Result r = DocumentPairs.pair(
                List.of(link("/kk/a.pdf", "Ереже"), link("/kk/b.pdf", "Тізім")),
                List.of(link("/ru/x.pdf", "Положение"), link("/ru/y.pdf", "Список")));
        assertEquals(List.of(new DocumentPairs.Pair(S + "/kk/a.pdf", S + "/ru/x.pdf", "position"),
                new DocumentPairs.Pair(S + "/kk/b.pdf", S + "/ru/y.pdf", "position")), r.pairs());
    }
}
