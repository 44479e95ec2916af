package kz.govsite.crawl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScopeTest {
    @Test
    void theHostsOfTheStartUrlsAreTheSiteWithOrWithoutWww() {
        var scope = Scope.of(List.of(), List.of("https://www.edu.gov.kz/ru/"), List.of(), List.of());
        assertTrue(scope.contains("https://edu.gov.kz/kk/"));
        assertTrue(scope.contains("http://www.edu.gov.kz/ru/news"));
        assertFalse(scope.contains("https://egov.kz/ru/"));
        assertFalse(scope.contains("https://edu.gov.kz.evil.example/"));
    }

    @Test
    void includesNarrowAndExcludesCut() {
        var scope = Scope.of(List.of(), List.of("https://edu.gov.kz/"),
                List.of(Pattern.compile("/(ru|kk)/")), List.of(Pattern.compile("/print/")));
        assertTrue(scope.contains("https://edu.gov.kz/ru/news"));
        assertFalse(scope.contains("https://edu.gov.kz/en/news"));
        assertFalse(scope.contains("https://edu.gov.kz/ru/print/news"));
        assertTrue(scope.onSite("https://edu.gov.kz/en/news"), "excluded pages are still on the site");
    }

    @Test
    void explicitHostsReplaceTheStartUrlHosts() {
        var scope = Scope.of(List.of("gov.kz", "edu.gov.kz"), List.of("https://edu.gov.kz/"), List.of(), List.of());
        assertTrue(scope.contains("https://gov.kz/memleket/"));
    }
}
