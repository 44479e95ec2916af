package kz.govsite.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static Finding finding(String url, String selector, String snippet, String message) {
        return new Finding("axe.image-alt", Severity.CRITICAL, url, selector, message, List.of("1.1.1"), snippet,
                "", Map.of());
    }

    @Test
    void survivesAnotherPortHostMessageAndWhitespace() {
        var a = finding("http://site.test:41234/ru/news?id=1", "img", "<img  src=\"a.png\">", "3 images");
        var b = finding("https://www.example.gov.kz/ru/news?id=1", "img", "<img src=\"a.png\">", "other text");
        assertEquals(a.fingerprint(), b.fingerprint());
    }

    @Test
    void ignoresDigitsThatChangeBetweenBuilds() {
        var a = finding("https://e.kz/ru/", "#banner", "<div data-ts=\"1700000000\">", "m");
        var b = finding("https://e.kz/ru/", "#banner", "<div data-ts=\"1800000001\">", "m");
        assertEquals(a.fingerprint(), b.fingerprint());
    }

    @Test
    void differsByPageSelectorAndCheck() {
        var base = finding("https://e.kz/ru/", "img", "<img>", "m");
        assertNotEquals(base.fingerprint(), finding("https://e.kz/kk/", "img", "<img>", "m").fingerprint());
        assertNotEquals(base.fingerprint(), finding("https://e.kz/ru/", "main > img", "<img>", "m").fingerprint());
        var otherCheck = new Finding("axe.role-img-alt", Severity.CRITICAL, "https://e.kz/ru/", "img", "m",
                List.of(), "<img>", "", Map.of());
        assertNotEquals(base.fingerprint(), otherCheck.fingerprint());
        assertEquals(32, base.fingerprint().length());
    }
}
