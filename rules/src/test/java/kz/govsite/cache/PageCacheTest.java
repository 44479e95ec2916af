package kz.govsite.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageSnapshot;
import kz.govsite.page.PageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageCacheTest {
    private static final String URL = "http://site.test/ru/news.html";
    private static final Map<String, String> CSS = Map.of("http://site.test/css/site.css", "c55");

    @TempDir
    Path dir;

    @Test
    void givesBackEverythingItKeptWhenNothingChanged() {
        PageCache.open(dir, "fp1").store(page());
        CachedPage found = PageCache.open(dir, "fp1").find(URL, "h1", CSS::get).orElseThrow();
        assertEquals(page().findings(), found.findings());
        // JSON reads 80 back as an Integer where a Long went in: the report prints both alike.
        assertEquals(page().result().toString(), found.result().toString());
        assertEquals(List.of("http://site.test/ru/"), found.next());
        assertEquals(List.of("http://site.test/ru/order.pdf"), found.documents());
        assertEquals(List.of("a note"), found.messages());
        assertEquals(CSS, found.resources());
        assertEquals("<html lang=\"ru\"><body><img src=\"a.png\"></body></html>", found.snapshot().html());
        assertEquals("ru", found.snapshot().declaredLang());
        assertEquals(List.of("http://site.test/ru/"), found.snapshot().links());
    }

    @Test
    void missesWhenTheServedHtmlChanged() {
        var cache = PageCache.open(dir, "fp1");
        cache.store(page());
        assertEquals(Optional.empty(), cache.find(URL, "h2", CSS::get));
    }

    @Test
    void missesWhenALinkedStylesheetChangedOrIsGone() {
        var cache = PageCache.open(dir, "fp1");
        cache.store(page());
        assertEquals(Optional.empty(), cache.find(URL, "h1", url -> "c56"));
        assertEquals(Optional.empty(), cache.find(URL, "h1", url -> ""));
    }

    @Test
    void missesWhenTheConfigurationOrRulesChanged() {
        PageCache.open(dir, "fp1").store(page());
        assertEquals(Optional.empty(), PageCache.open(dir, "fp2").find(URL, "h1", CSS::get));
    }

    @Test
    void aDamagedEntryIsAMissNotAnError() throws Exception {
        var cache = PageCache.open(dir, "fp1");
        cache.store(page());
        Files.writeString(cache.fileFor(URL), "{\"format\": 1, \"fingerprint\": \"fp1\", \"url\": ");
        assertEquals(Optional.empty(), cache.find(URL, "h1", CSS::get));
    }

    @Test
    void aPageNeverStoredIsAMiss() {
        assertEquals(Optional.empty(), PageCache.open(dir, "fp1").find(URL, "h1", CSS::get));
        assertTrue(Files.isDirectory(dir.resolve("pages")));
    }

    private static CachedPage page() {
        var finding = new Finding("axe.image-alt", Severity.CRITICAL, URL, "img", "Images must have alternative text",
                List.of("1.1.1"), "<img src=\"a.png\">", "https://dequeuniversity.com/rules/axe/4.11/image-alt",
                Map.of("summary", "Fix any of the following"));
        var result = new PageResult(URL, 200, "page", "Новости", "ru", 120, 80, "",
                Map.of("timings", Map.of("axe", 80L), "finalUrl", URL));
        var snapshot = new PageSnapshot(URL, URL, 200, "text/html", "Новости", "ru",
                "<html lang=\"ru\"><body><img src=\"a.png\"></body></html>", List.of("http://site.test/ru/"));
        return new CachedPage(URL, "h1", CSS, result, snapshot, List.of(finding), List.of("http://site.test/ru/"),
                List.of("http://site.test/ru/order.pdf"), List.of("a note"));
    }
}
