package kz.govsite.check.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.check.language.LanguageGuesser;
import kz.govsite.check.language.LanguageGuessers;
import kz.govsite.finding.Finding;
import kz.govsite.testing.Prose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents check on a hand-written crawl: a Kazakh page and its Russian twin offering orders,
 * a budget whose sums differ, a Russian-only file on the Kazakh page and a plan with no Russian
 * version. Real PDFs and Word files, real Lingua.
 */
class DocumentsCheckTest {
    static final String S = "http://site.test";
    static LanguageGuesser guesser;

    @TempDir
    Path cache;

    @BeforeAll
    static void languages() {
        guesser = LanguageGuessers.forOptions(LanguageOptions.defaults());
    }

    static List<String> with(List<String> prose, String line) {
        var out = new ArrayList<>(prose);
        out.add(line);
        return out;
    }

    /** The files, written once: PDFBox and POI stamp each file they write with a new id and time. */
    static FakeSiteWithDocuments template;

    static FakeSiteWithDocuments site() {
        if (template == null) template = newSite();
        return template.copy();
    }

    static FakeSiteWithDocuments newSite() {
        var kkPage = """
                <html lang="kz"><head><title>Бұйрықтар</title>
                <link rel="alternate" hreflang="ru" href="/ru/orders.html"></head><body><div class="content">
                <a href="/kk/docs/order-37-kk.pdf">Бұйрық №37</a>
                <a href="/kk/docs/budget-2025.pdf">2025 жылғы бюджет</a>
                <a href="/kk/docs/rules.pdf">Қағидалар</a>
                <a href="/kk/docs/plan.docx">Жоспар</a></div></body></html>""";
        var ruPage = """
                <html lang="ru"><head><title>Приказы</title>
                <link rel="alternate" hreflang="kk" href="/kk/orders.html"></head><body><div class="content">
                <a href="/ru/docs/order-37-ru.pdf">Приказ №37</a>
                <a href="/ru/docs/budget-2025.pdf">Бюджет на 2025 год</a>
                <a href="/ru/docs/rules.pdf">Правила</a></div></body></html>""";
        var ruPdf = TestDocuments.Pdf.clean(Prose.RUSSIAN).lang("ru-RU").title("Приказ", true);
        return new FakeSiteWithDocuments()
                .page(S + "/kk/orders.html", kkPage)
                .page(S + "/ru/orders.html", ruPage)
                .file(S + "/kk/docs/order-37-kk.pdf", TestDocuments.Pdf.clean(Prose.KAZAKH).bytes())
                .file(S + "/ru/docs/order-37-ru.pdf", ruPdf.bytes())
                .file(S + "/kk/docs/budget-2025.pdf", TestDocuments.Pdf.clean(
                        with(Prose.KAZAKH, "Жалпы сомасы 1 250 000 теңге, 15.03.2025 бекітілген.")).bytes())
                .file(S + "/ru/docs/budget-2025.pdf", TestDocuments.Pdf.clean(
                        with(Prose.RUSSIAN, "Общая сумма 1 350 000 тенге, утверждено 15.03.2025.")).lang("ru").bytes())
                .file(S + "/kk/docs/rules.pdf", ruPdf.bytes())
                .file(S + "/ru/docs/rules.pdf", ruPdf.bytes())
                .file(S + "/kk/docs/plan.docx", TestDocuments.docx().title("Жоспар").lang("kk-KZ")
                        .paragraphs(Prose.KAZAKH).bytes());
    }

    static TreeSet<String> ids(List<Finding> findings) {
        var out = new TreeSet<String>();
        for (Finding f : findings) {
            SaidInEveryLanguage.check(f);
            out.add(f.check() + " " + f.url().substring(S.length()));
        }
        return out;
    }

    DocumentsCheck check(Path cacheDir, FakeSiteWithDocuments site) {
        return new DocumentsCheck(DocumentOptions.defaults(), guesser, LanguageOptions.defaults(), site, cacheDir);
    }

    @Test
    void findsTheRussianFileOnTheKazakhPageTheDifferingSumsAndTheMissingCounterpart() {
        var site = site();
        List<Finding> findings = check(null, site).inspect(site);
        assertEquals(new TreeSet<>(List.of(
                "documents.wrong-language /kk/docs/rules.pdf",
                "documents.numbers-mismatch /kk/docs/budget-2025.pdf",
                "documents.missing-counterpart /kk/docs/plan.docx")), ids(findings),
                () -> findings.stream().map(Finding::message).toList().toString());
        Finding sums = findings.stream().filter(f -> f.check().endsWith("numbers-mismatch")).findFirst().orElseThrow();
        assertEquals("the numbers differ from its counterpart " + S + "/ru/docs/budget-2025.pdf (paired by name): "
                + "the kk document lacks 1350000; the ru document lacks 1250000", sums.message());
        Finding wrong = findings.stream().filter(f -> f.check().endsWith("wrong-language")).findFirst().orElseThrow();
        assertTrue(wrong.message().startsWith("the kk page " + S + "/kk/orders.html offers this document, but it is written in ru: ru "),
                wrong.message());
    }

    @Test
    void recordsEveryDocumentAndTheDocumentsParityShare() {
        var site = site();
        check(null, site).inspect(site);
        @SuppressWarnings("unchecked")
        var docs = (Map<String, Object>) site.summary.get("documents");
        assertEquals(7, docs.get("linked"));
        assertEquals(7, docs.get("opened"));
        assertEquals(Map.of("pairs", 3, "complete", 2, "mismatched", 1, "missing", 1, "share", 57.1), docs.get("parity"));
        @SuppressWarnings("unchecked")
        var rows = (List<Map<String, Object>>) docs.get("list");
        var order = rows.stream().filter(r -> r.get("url").equals(S + "/kk/docs/order-37-kk.pdf")).findFirst().orElseThrow();
        assertEquals("kk", order.get("language"));
        assertEquals("kk-KZ", order.get("declaredLang"));
        assertEquals(1, order.get("pages"));
        assertEquals(0, order.get("findings"));
    }

    @Test
    void anUnchangedDocumentIsNotOpenedAgainByItsValidatorOrItsHash() {
        var first = site();
        List<Finding> before = check(cache, first).inspect(first);

        var second = site();
        List<Finding> again = check(cache, second).inspect(second);
        @SuppressWarnings("unchecked")
        var docs = (Map<String, Object>) second.summary.get("documents");
        assertEquals(7, docs.get("cached"), "every file answered 304");
        assertEquals(0, docs.get("opened"));
        assertEquals(ids(before), ids(again));

        var third = site();
        third.etags = false;
        check(cache, third).inspect(third);
        @SuppressWarnings("unchecked")
        var byHash = (Map<String, Object>) third.summary.get("documents");
        assertEquals(7, byHash.get("cached"), "no validators, the same bytes");
    }

    @Test
    void aBrokenLinkAndAnOversizedFileAreFindingsAndTheLimitOfDocumentsHolds() {
        var site = new FakeSiteWithDocuments()
                .page(S + "/ru/docs.html", "<html lang=\"ru\"><body><a href=\"/ru/a.pdf\">a</a> <a href=\"/ru/missing.pdf\">b</a>"
                        + " <a href=\"/ru/c.pdf\">c</a></body></html>")
                .file(S + "/ru/a.pdf", new byte[3000]);
        var options = new DocumentOptions(2, 1000, 10, java.time.Duration.ofSeconds(5));
        List<Finding> findings = new DocumentsCheck(options, guesser, LanguageOptions.defaults(), site, null).inspect(site);
        assertEquals(new TreeSet<>(List.of("documents.too-large /ru/a.pdf", "documents.http-error /ru/missing.pdf")), ids(findings));
        assertEquals(List.of(S + "/ru/a.pdf", S + "/ru/missing.pdf"), site.requests, "the third is over govsite.maxDocuments");
        @SuppressWarnings("unchecked")
        var docs = (Map<String, Object>) site.summary.get("documents");
        assertEquals(1, docs.get("notChecked"));
    }
}
