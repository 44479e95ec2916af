package kz.govsite.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlNormalizerTest {
    @ParameterizedTest
    @CsvSource({
            "HTTP://Example.GOV.kz:80/ru/,                 http://example.gov.kz/ru/",
            "https://example.gov.kz:443/ru/news#top,       https://example.gov.kz/ru/news",
            "https://example.gov.kz,                       https://example.gov.kz/",
            "https://example.gov.kz/a/../ru/./news,        https://example.gov.kz/ru/news",
            "https://example.gov.kz//ru//news,             https://example.gov.kz/ru/news",
            "https://example.gov.kz/?lang=ru&b=2&a=1,      https://example.gov.kz/?a=1&b=2&lang=ru",
            "https://example.gov.kz/?utm_source=x&id=5,    https://example.gov.kz/?id=5",
            "https://example.gov.kz/ru/news;jsessionid=AB12?id=5&PHPSESSID=zz, https://example.gov.kz/ru/news?id=5",
            "https://example.gov.kz:8443/ru/,              https://example.gov.kz:8443/ru/",
            "https://example.gov.kz/../../ru/news,         https://example.gov.kz/ru/news",
            "https://example.gov.kz/..,                    https://example.gov.kz/",
    })
    void putsUrlsInOneCanonicalForm(String raw, String expected) {
        assertEquals(Optional.of(expected), UrlNormalizer.normalize(raw));
    }

    @Test
    void resolvesRelativeLinksAgainstThePage() {
        assertEquals(Optional.of("https://example.gov.kz/ru/docs/order.pdf"),
                UrlNormalizer.normalize("https://example.gov.kz/ru/news/1.html", "../docs/order.pdf"));
        assertEquals(Optional.of("https://example.gov.kz/kk/"),
                UrlNormalizer.normalize("https://example.gov.kz/ru/news/1.html", "/kk/"));
    }

    @Test
    void encodesCyrillicAndSpacesAsBrowsersDo() {
        assertEquals(Optional.of("https://example.gov.kz/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/a%20b"),
                UrlNormalizer.normalize("https://example.gov.kz/", "/новости/a b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:info@example.gov.kz", "tel:+77172000000", "javascript:void(0)",
            "file:///etc/passwd", "ftp://example.gov.kz/x", "", "   ", "data:text/html,hi"})
    void refusesEverythingButHttp(String href) {
        assertTrue(UrlNormalizer.normalize("https://example.gov.kz/", href).isEmpty(), href);
    }

    @Test
    void readsKazakhDomainNamesAndKeepsTheirAsciiFormForTheNetwork() {
        String ascii = "http://" + java.net.IDN.toASCII("президент.қаз") + "/kk/";
        assertTrue(ascii.startsWith("http://xn--"), ascii);
        assertEquals(Optional.of(ascii), UrlNormalizer.normalize("http://Президент.ҚАЗ/kk/"));
        assertEquals(Optional.of(ascii), UrlNormalizer.normalize("https://example.gov.kz/", "http://президент.қаз/kk/"));
        assertEquals(Optional.of(ascii + "news/"), UrlNormalizer.normalize("http://президент.қаз/kk/", "news/"));
        assertEquals(Optional.of("https://" + java.net.IDN.toASCII("үкімет.қаз") + "/ru/"),
                UrlNormalizer.normalize("http://президент.қаз/kk/", "//үкімет.қаз/ru/").map(u -> u.replace("http:", "https:")));
    }

    @Test
    void showsDomainNamesAsPeopleWriteThem() {
        String ascii = UrlNormalizer.normalize("http://президент.қаз/kk/жаңалықтар").orElseThrow();
        assertEquals("http://президент.қаз/kk/%D0%B6%D0%B0%D2%A3%D0%B0%D0%BB%D1%8B%D2%9B%D1%82%D0%B0%D1%80",
                UrlNormalizer.forReading(ascii));
        assertEquals("https://www.gov.kz/ru/", UrlNormalizer.forReading("https://www.gov.kz/ru/"));
    }

    @Test
    void pageKeyCountsATrailingSlashOnce() {
        assertEquals(UrlNormalizer.pageKey("https://e.kz/ru/news"), UrlNormalizer.pageKey("https://e.kz/ru/news/"));
        assertEquals("https://e.kz/", UrlNormalizer.pageKey("https://e.kz/"));
        assertEquals("https://e.kz/ru?lang=kk", UrlNormalizer.pageKey("https://e.kz/ru/?lang=kk"));
    }
}
