package kz.govsite.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import kz.govsite.InvalidConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsAUrlSetInOrderWithoutDuplicates() throws Exception {
        Path map = write("sitemap.xml", urlset("https://e.kz/ru/", "https://e.kz/kk/", "https://e.kz/ru/"));
        assertEquals(List.of("https://e.kz/ru/", "https://e.kz/kk/"), new SitemapReader().read(map.toString()));
    }

    @Test
    void followsAnIndexIntoItsSitemapsIncludingGzippedOnes() throws Exception {
        write("ru.xml", urlset("https://e.kz/ru/a", "https://e.kz/ru/b"));
        var gz = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(gz)) {
            out.write(urlset("https://e.kz/kk/a").getBytes());
        }
        Files.write(dir.resolve("kk.xml.gz"), gz.toByteArray());
        Path index = write("index.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%s</loc></sitemap>
                  <sitemap><loc>%s</loc></sitemap>
                </sitemapindex>""".formatted(dir.resolve("ru.xml"), dir.resolve("kk.xml.gz")));
        assertEquals(List.of("https://e.kz/ru/a", "https://e.kz/ru/b", "https://e.kz/kk/a"),
                new SitemapReader().read(index.toString()));
    }

    @Test
    void refusesExternalEntities() throws Exception {
        Path map = write("evil.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&x;</loc></url></urlset>""");
        var e = assertThrows(InvalidConfigException.class, () -> new SitemapReader().read(map.toString()));
        assertEquals("govsite.sitemap", e.parameter());
    }

    @Test
    void namesTheParameterWhenTheFileIsMissing() {
        var e = assertThrows(InvalidConfigException.class, () -> new SitemapReader().read(dir.resolve("none.xml").toString()));
        assertTrue(e.getMessage().startsWith("govsite.sitemap: cannot read the file"), e.getMessage());
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String urlset(String... urls) {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String u : urls) sb.append("<url><loc> ").append(u).append(" </loc></url>");
        return sb.append("</urlset>").toString();
    }
}
