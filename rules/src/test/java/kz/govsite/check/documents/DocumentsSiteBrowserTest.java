package kz.govsite.check.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.finding.Finding;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Prose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents check end to end: a ministry's site in the CMS style of Kazakh state bodies
 * ({@code lang="kz"}, a «ҚАЗ / РУС» switcher, plain div menus) whose Kazakh and Russian pages link
 * documents written by the test, served from a folder, crawled and rendered in Chromium. Every
 * planted document defect comes out once with its id, the clean documents with nothing, and the
 * hostile files end as findings within their limits.
 */
@Tag("browser")
class DocumentsSiteBrowserTest {
    static final String SITE = "http://site.test";

    @TempDir
    static Path dir;
    static Report report;

    @BeforeAll
    static void checkTheSite() throws Exception {
        Browsers.requireChromium();
        Path site = Files.createDirectories(dir.resolve("site"));
        write(site, "index.html", page("ru", "Министерство", "<a href=\"/kk/documents.html\">ҚАЗ</a> "
                + "<a href=\"/ru/documents.html\">РУС</a> <a href=\"/kk/hostile.html\">Архив</a>"));
        write(site, "kk/documents.html", page("kz", "Құжаттар", """
                <link rel="alternate" hreflang="ru" href="/ru/documents.html">
                <div class="lang"><a href="/kk/documents.html">ҚАЗ</a> / <a href="/ru/documents.html">РУС</a></div>
                <div class="news-list">
                <a href="/docs/kk/order-37.pdf">Бұйрық №37</a>
                <a href="/docs/kk/budget-2025.pdf">2025 жылғы бюджет</a>
                <a href="/docs/kk/rules.pdf">Бұйрық</a>
                <a href="/docs/kk/scan.pdf">Қаулы</a>
                <a href="/docs/kk/untagged.pdf">Ереже</a>
                <a href="/docs/kk/lang-kz.pdf">Тізбе</a>
                <a href="/docs/kk/plan.docx">Жоспар</a></div>"""));
        write(site, "ru/documents.html", page("ru", "Документы", """
                <link rel="alternate" hreflang="kk" href="/kk/documents.html">
                <div class="lang"><a href="/kk/documents.html">ҚАЗ</a> / <a href="/ru/documents.html">РУС</a></div>
                <div class="news-list">
                <a href="/docs/ru/order-37.pdf">Приказ №37</a>
                <a href="/docs/ru/budget-2025.pdf">Бюджет на 2025 год</a>
                <a href="/docs/ru/rules.pdf">Приказ</a>
                <a href="/docs/ru/scan.pdf">Постановление</a>
                <a href="/docs/ru/untagged.pdf">Положение</a>
                <a href="/docs/ru/lang-kz.pdf">Перечень</a></div>"""));
        write(site, "kk/hostile.html", page("kz", "Мұрағат", """
                <div class="news-list"><a href="/docs/kk/broken.pdf">1</a> <a href="/docs/kk/secret.pdf">2</a>
                <a href="/docs/kk/bomb.docx">3</a> <a href="/docs/kk/huge.pdf">4</a> <a href="/docs/kk/old.doc">5</a>
                <a href="/docs/kk/missing.pdf">6</a></div>"""));

        var ruClean = TestDocuments.Pdf.clean(Prose.RUSSIAN).lang("ru-RU").title("Приказ", true).bytes();
        var kkClean = TestDocuments.Pdf.clean(Prose.KAZAKH).bytes();
        write(site, "docs/kk/order-37.pdf", kkClean);
        write(site, "docs/ru/order-37.pdf", ruClean);
        write(site, "docs/kk/budget-2025.pdf", TestDocuments.Pdf.clean(
                DocumentsCheckTest.with(Prose.KAZAKH, "Жалпы сомасы 1 250 000 теңге.")).bytes());
        write(site, "docs/ru/budget-2025.pdf", TestDocuments.Pdf.clean(
                DocumentsCheckTest.with(Prose.RUSSIAN, "Общая сумма 1 350 000 тенге.")).lang("ru").bytes());
        write(site, "docs/kk/rules.pdf", ruClean);
        write(site, "docs/ru/rules.pdf", ruClean);
        write(site, "docs/kk/scan.pdf", TestDocuments.pdf().tagged().lang("kk").title("Қаулы", true).scanned().bytes());
        write(site, "docs/ru/scan.pdf", ruClean);
        write(site, "docs/kk/untagged.pdf", TestDocuments.pdf().text(Prose.KAZAKH).bytes());
        write(site, "docs/ru/untagged.pdf", ruClean);
        write(site, "docs/kk/lang-kz.pdf", TestDocuments.Pdf.clean(Prose.KAZAKH).lang("kz").bytes());
        write(site, "docs/ru/lang-kz.pdf", ruClean);
        write(site, "docs/kk/plan.docx", TestDocuments.docx().title("Жоспар").lang("kk-KZ").paragraphs(Prose.KAZAKH)
                .picture(null).bytes());
        write(site, "docs/kk/broken.pdf", TestDocuments.damagedPdf());
        write(site, "docs/kk/secret.pdf", TestDocuments.Pdf.clean(Prose.KAZAKH).password("parol").bytes());
        write(site, "docs/kk/bomb.docx", TestDocuments.zipBombDocx(200));
        write(site, "docs/kk/huge.pdf", new byte[3 * 1024 * 1024]);
        write(site, "docs/kk/old.doc", TestDocuments.legacyDoc());

        var config = GovsiteConfig.builder()
                .siteDirectory(site)
                .checks(Set.of("documents"))
                .option(DocumentOptions.MAX_BYTES, "2MB")
                .report(new ReportOptions(dir.resolve("out"), Set.of("json", "html", "junit", "sarif"), "ru", null,
                        kz.govsite.Thresholds.none(), List.of()))
                .build();
        report = SiteCheck.run(config, Progress.SILENT);
    }

    static String page(String lang, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><div class=\"header\"><div class=\"menu\"><a href=\"/\">Басты бет</a></div></div>"
                + "<div class=\"content\"><h1>" + title + "</h1>" + body + "</div></body></html>";
    }

    static void write(Path site, String path, String html) throws Exception {
        write(site, path, html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static void write(Path site, String path, byte[] bytes) throws Exception {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    @Test
    void findsEveryPlantedDocumentDefectOnceAndNothingOnTheCleanOnes() {
        var expected = new TreeSet<>(List.of(
                "documents.numbers-mismatch /docs/kk/budget-2025.pdf",
                "documents.wrong-language /docs/kk/rules.pdf",
                "documents.pdf-scanned /docs/kk/scan.pdf",
                "documents.pdf-untagged /docs/kk/untagged.pdf",
                "documents.pdf-lang-missing /docs/kk/untagged.pdf",
                "documents.pdf-title-missing /docs/kk/untagged.pdf",
                "documents.pdf-lang-invalid /docs/kk/lang-kz.pdf",
                "documents.office-image-alt /docs/kk/plan.docx",
                "documents.missing-counterpart /docs/kk/plan.docx",
                "documents.unreadable /docs/kk/broken.pdf",
                "documents.encrypted /docs/kk/secret.pdf",
                "documents.too-large /docs/kk/bomb.docx",
                "documents.too-large /docs/kk/huge.pdf",
                "documents.legacy-format /docs/kk/old.doc",
                "documents.http-error /docs/kk/missing.pdf"));
        var actual = new TreeSet<String>();
        for (Finding f : report.findings()) actual.add(f.check() + " " + f.url().substring(SITE.length()));
        assertEquals(expected, actual, () -> String.join("\n", report.findings().stream()
                .map(f -> f.check() + " " + f.url() + " — " + f.message()).toList()));
        assertEquals(expected.size(), report.findings().size(), "each defect is reported once");
    }

    @Test
    void everyDocumentIsInTheReportsWithItsOwnSectionInReportHtml() throws Exception {
        Path out = dir.resolve("out");
        Map<?, ?> json = new ObjectMapper().readValue(out.resolve("report.json").toFile(), Map.class);
        assertEquals(List.of(), kz.govsite.testing.Schemas.errors(kz.govsite.testing.Schemas.reportJson(),
                new ObjectMapper().readTree(out.resolve("report.json").toFile())), "report.json follows its schema");
        var docs = (Map<?, ?>) ((Map<?, ?>) json.get("summary")).get("documents");
        assertEquals(19, docs.get("linked"));
        assertEquals(19, ((List<?>) docs.get("list")).size());
        var order = ((List<?>) docs.get("list")).stream().map(o -> (Map<?, ?>) o)
                .filter(m -> m.get("url").equals(SITE + "/docs/kk/order-37.pdf")).findFirst().orElseThrow();
        assertEquals("kk", order.get("language"));
        assertEquals(0, order.get("findings"));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2 id=\"documents\">Документы</h2>"), "the section");
        assertTrue(html.contains(">" + SITE + "/docs/kk/scan.pdf</a>"), "a row per document");
        String junit = Files.readString(out.resolve("TEST-govsite.xml"));
        assertTrue(junit.contains("documents.pdf-scanned"), "JUnit");
        String sarif = Files.readString(out.resolve("govsite.sarif"));
        assertTrue(sarif.contains("documents.pdf-untagged"), "SARIF");
        var rows = new ArrayList<String>();
        for (Object o : (List<?>) docs.get("list")) rows.add(String.valueOf(((Map<?, ?>) o).get("state")));
        assertEquals(Map.of("checked", 14L, "unreadable", 1L, "encrypted", 1L, "too-large", 2L, "http-error", 1L),
                rows.stream().collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting())));
    }
}
