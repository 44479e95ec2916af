package kz.govsite.check.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.testing.Prose;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Each document rule on a document written for it; the clean documents give nothing. */
class DocumentRulesTest {
    static final String URL = "http://site.test/kk/docs/file";
    static final DocumentReader READER = new DocumentReader(DocumentOptions.defaults());

    @AfterAll
    static void close() {
        READER.close();
    }

    static Contents read(String ext, byte[] bytes) {
        return READER.read(URL + "." + ext, "", bytes);
    }

    static TreeSet<String> ids(Contents c) {
        var out = new TreeSet<String>();
        for (Finding f : c.findings()) {
            SaidInEveryLanguage.check(f);
            out.add(f.check());
        }
        return out;
    }

    @Test
    void aCleanTaggedPdfInKazakhGivesNothingAndItsTextIsRead() {
        Contents c = read("pdf", TestDocuments.Pdf.clean(Prose.KAZAKH).bytes());
        assertEquals(List.of(), c.findings());
        assertEquals("checked", c.state());
        assertEquals("kk-KZ", c.declaredLang());
        assertEquals("Бұйрық", c.title());
        assertEquals(1, c.pages());
        assertTrue(c.text().contains("Денсаулық сақтау министрлігі"), c.text());
    }

    @Test
    void anUntaggedPdfWithoutLanguageOrTitleBreaksThreeRules() {
        Contents c = read("pdf", TestDocuments.pdf().text(Prose.RUSSIAN).bytes());
        assertEquals(new TreeSet<>(List.of("documents.pdf-untagged", "documents.pdf-lang-missing",
                "documents.pdf-title-missing")), ids(c));
        Finding untagged = c.findings().stream().filter(f -> f.check().equals("documents.pdf-untagged")).findFirst().orElseThrow();
        assertEquals(Severity.SERIOUS, untagged.severity());
        assertEquals(List.of("1.3.1", "1.3.2"), untagged.wcag());
    }

    @Test
    void kzIsNotALanguageTag() {
        Contents c = read("pdf", TestDocuments.Pdf.clean(Prose.KAZAKH).lang("kz").bytes());
        assertEquals(new TreeSet<>(List.of("documents.pdf-lang-invalid")), ids(c));
        assertEquals("PDF құжатындағы /Lang \"kz\" тіл емес: KZ — Қазақстанның ел коды, ал қазақ тілінің коды — \"kk\" "
                + "(латын әліпбиі үшін \"kk-Latn\")", kz.govsite.report.ReportText.of("kk").message(c.findings().get(0)));
        assertTrue(c.findings().get(0).message().startsWith("the PDF's /Lang \"kz\" is not a valid language tag: "),
                c.findings().get(0).message());
    }

    @Test
    void aTitleThatIsNotShownIsMinor() {
        Contents c = read("pdf", TestDocuments.Pdf.clean(Prose.KAZAKH).title("Бұйрық", false).bytes());
        assertEquals(new TreeSet<>(List.of("documents.pdf-title-not-shown")), ids(c));
        assertEquals(Severity.MINOR, c.findings().get(0).severity());
    }

    @Test
    void figuresWithoutAlternateTextAreCountedInOneFinding() {
        Contents c = read("pdf", TestDocuments.Pdf.clean(Prose.KAZAKH).figure(null).figure(null).bytes());
        assertEquals(new TreeSet<>(List.of("documents.pdf-image-alt")), ids(c));
        assertEquals("2 of 3 figures have no alternate text", c.findings().get(0).message());
        assertEquals("2", c.findings().get(0).evidence().get("occurrences"));
    }

    @Test
    void aScanWithNoTextLayerIsCritical() {
        Contents c = read("pdf", TestDocuments.pdf().tagged().lang("ru").title("Приказ", true).scanned().bytes());
        assertEquals(new TreeSet<>(List.of("documents.pdf-scanned")), ids(c));
        assertEquals(Severity.CRITICAL, c.findings().get(0).severity());
        assertTrue(c.findings().get(0).message().startsWith("2 of 2 pages are pictures with no text layer"));
    }

    @Test
    void aPasswordProtectedPdfIsAFindingNotAnError() {
        Contents c = read("pdf", TestDocuments.Pdf.clean(Prose.KAZAKH).password("secret").bytes());
        assertEquals("encrypted", c.state());
        assertEquals(new TreeSet<>(List.of("documents.encrypted")), ids(c));
    }

    @Test
    void aDamagedPdfIsUnreadable() {
        Contents c = read("pdf", TestDocuments.damagedPdf());
        assertEquals("unreadable", c.state());
        assertEquals(new TreeSet<>(List.of("documents.unreadable")), ids(c));
    }

    @Test
    void aPdfThatInflatesOutOfProportionIsNotReadFurther() {
        try (var small = new DocumentReader(new DocumentOptions(10, 1024 * 1024, 50, Duration.ofSeconds(20)))) {
            byte[] bomb = TestDocuments.pdf().inflating(40L * 1024 * 1024).bytes();
            assertTrue(bomb.length < 200_000, "the file is small: " + bomb.length);
            Contents c = small.read(URL + ".pdf", "", bomb);
            assertEquals("too-large", c.state());
            assertEquals(new TreeSet<>(List.of("documents.too-large")), ids(c));
            assertTrue(c.findings().get(0).message().startsWith("the PDF's page content expands to more than 10 MB"),
                    c.findings().get(0).message());
        }
    }

    @Test
    void aDocumentThatTakesTooLongEndsAsATimeout() {
        try (var hasty = new DocumentReader(new DocumentOptions(10, 1024 * 1024, 50, Duration.ofNanos(1)))) {
            Contents c = hasty.read(URL + ".pdf", "", TestDocuments.Pdf.clean(Prose.KAZAKH).bytes());
            assertEquals("timeout", c.state());
            assertEquals(new TreeSet<>(List.of("documents.timeout")), ids(c));
        }
    }

    @Test
    void aCleanWordFileGivesNothing() {
        byte[] docx = TestDocuments.docx().title("Қағидалар").lang("kk-KZ").heading("Жалпы ережелер")
                .paragraphs(Prose.KAZAKH).picture("Министрліктің логотипі").bytes();
        Contents c = read("docx", docx);
        assertEquals(List.of(), c.findings());
        assertEquals("kk-KZ", c.declaredLang());
        assertTrue(c.text().contains("Денсаулық сақтау"));
    }

    @Test
    void aWordFileWithoutTitleLanguageAltOrHeadingsBreaksFourRules() {
        var longText = new java.util.ArrayList<String>();
        for (int i = 0; i < 6; i++) longText.addAll(Prose.RUSSIAN);
        Contents c = read("docx", TestDocuments.docx().paragraphs(longText).picture(null).bytes());
        assertEquals(new TreeSet<>(List.of("documents.office-title-missing", "documents.office-lang-missing",
                "documents.office-image-alt", "documents.office-no-headings")), ids(c));
    }

    @Test
    void anExcelFileWithoutTitleAndWithABarePicture() {
        Contents c = read("xlsx", TestDocuments.xlsx(null, true));
        assertEquals(new TreeSet<>(List.of("documents.office-title-missing", "documents.office-image-alt")), ids(c));
        assertEquals(List.of(), read("xlsx", TestDocuments.xlsx("Бюджет 2025", false)).findings());
    }

    @Test
    void aZipBombInWordsClothingIsRefused() {
        byte[] bomb = TestDocuments.zipBombDocx(200);
        assertTrue(bomb.length < 1_000_000, "the file is small: " + bomb.length);
        Contents c = read("docx", bomb);
        assertEquals("too-large", c.state(), () -> c.findings().toString());
        assertEquals(new TreeSet<>(List.of("documents.too-large")), ids(c));
    }

    @Test
    void legacyFormatsAreMinor() {
        Contents c = read("doc", TestDocuments.legacyDoc());
        assertEquals(new TreeSet<>(List.of("documents.legacy-format")), ids(c));
        assertEquals(Severity.MINOR, c.findings().get(0).severity());
    }
}
