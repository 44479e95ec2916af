package kz.govsite.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    private static Finding at(String check, String url, String selector) {
        return new Finding(check, Severity.SERIOUS, url, selector, "m", List.of(), "", "", Map.of());
    }

    @Test
    void matchesByCheckUrlPatternAndSelector() {
        var s = Suppression.parse("check=axe.region; url=/archive/; selector=#footer  .widget; reason=vendor widget");
        assertEquals("axe.region url~/archive/ selector=#footer .widget", s.describe());
        assertEquals("vendor widget", s.reason());
        assertTrue(s.matches(at("axe.region", "https://e.kz/ru/archive/2019.html", "#footer .widget")));
        assertFalse(s.matches(at("axe.region", "https://e.kz/ru/news.html", "#footer .widget")));
        assertFalse(s.matches(at("axe.region", "https://e.kz/ru/archive/", "#header")));
        assertFalse(s.matches(at("axe.image-alt", "https://e.kz/ru/archive/", "#footer .widget")));
    }

    @Test
    void aBareValueIsACheckAndWildcardsCoverAFamily() {
        assertTrue(Suppression.parse("axe.*").matches(at("axe.image-alt", "https://e.kz/", "img")));
        assertFalse(Suppression.parse("axe.*").matches(at("parity.missing-counterpart", "https://e.kz/", "")));
        assertTrue(Suppression.parse("*").matches(at("site.http-error", "https://e.kz/", "")));
        assertEquals("a[href=\"x;y\"]", Suppression.parse("check=axe.link-name;selector=a[href=\"x\\;y\"]").selector());
    }

    @Test
    void refusesSpecsItCannotRead() {
        assertEquals("'url=/x/' names no check: e.g. check=axe.region;url=/archive/",
                assertThrows(IllegalArgumentException.class, () -> Suppression.parse("url=/x/")).getMessage());
        assertEquals("unknown key 'page' in 'check=a;page=1': use check, url, selector and reason",
                assertThrows(IllegalArgumentException.class, () -> Suppression.parse("check=a;page=1")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Suppression.parse("check=a;url=(("))
                .getMessage().startsWith("'((' is not a regular expression"));
    }

    @Test
    void countsEverySuppressionEvenThoseThatMatchNothing() {
        var findings = List.of(at("axe.region", "https://e.kz/a", ""), at("axe.region", "https://e.kz/b", ""),
                at("axe.image-alt", "https://e.kz/a", "img"));
        var applied = Suppressions.apply(List.of(Suppression.parse("axe.region"), Suppression.parse("axe.*"),
                Suppression.parse("parity.*")), findings);
        assertEquals(List.of(), applied.kept());
        assertEquals(List.of(2, 1, 0), applied.counts().stream().map(SuppressionCount::findings).toList());
        assertEquals(3, applied.suppressed().size());
    }
}
