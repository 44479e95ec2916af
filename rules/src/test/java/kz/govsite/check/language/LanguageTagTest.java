package kz.govsite.check.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTagTest {
    @Test
    void acceptsRegisteredLanguagesWithScriptAndRegionInAnyCase() {
        for (String tag : new String[] {"kk", "ru", "en", "KK", "kk-KZ", "kk-Latn", "kk-Latn-KZ", "ru-KZ", "FR",
                "en-US-GB", "qaa", "zh-Hant", "es-419"}) {
            assertEquals(Optional.empty(), new LanguageTag(tag).problem(), tag);
        }
    }

    @Test
    void explainsThatKzIsARegionNotALanguage() {
        assertEquals(Optional.of("\"kz\" is not a language: KZ is the region code of Kazakhstan, the language code of"
                + " Kazakh is \"kk\" (\"kk-Latn\" for the Latin alphabet)"), new LanguageTag("kz").problem());
        assertEquals("kk", new LanguageTag("kz").intendedLanguage());
        assertEquals("kk", new LanguageTag("KZ-kz").intendedLanguage());
    }

    @Test
    void rejectsUnregisteredPrimarySubtagsAndSuggestsTheTwoLetterCode() {
        assertEquals(Optional.of("\"eng\" does not start with a language subtag of the IANA registry; use \"en\""),
                new LanguageTag("eng").problem());
        assertEquals(Optional.of("\"kaz\" does not start with a language subtag of the IANA registry; use \"kk\""),
                new LanguageTag("kaz").problem());
        assertEquals(Optional.of("\"em-US\" does not start with a language subtag of the IANA registry"),
                new LanguageTag("em-US").problem());
        assertTrue(new LanguageTag("i-lux").problem().isPresent(), "grandfathered i- tags have no language subtag");
        assertTrue(new LanguageTag("#1").problem().isPresent());
        assertTrue(new LanguageTag("english").problem().isPresent());
        assertTrue(new LanguageTag("en_US").problem().isPresent(), "BCP 47 separates with hyphens");
    }

    @Test
    void rejectsUnknownScriptsAndRegionsInTheirPlace() {
        assertEquals(Optional.of("\"Latx\" in \"kk-Latx\" is not a script subtag (Latn, Cyrl, …)"),
                new LanguageTag("kk-Latx").problem());
        assertEquals(Optional.of("\"JJ\" in \"ru-JJ\" is not a region subtag (KZ, RU, …)"),
                new LanguageTag("ru-JJ").problem());
        assertEquals(Optional.of("\"ru-\" has an empty subtag"), new LanguageTag("ru-").problem());
    }

    @Test
    void blankTagsAreEmpty() {
        assertEquals(Optional.of("lang is empty"), new LanguageTag("  ").problem());
        assertTrue(new LanguageTag("").isBlank());
        assertEquals("", new LanguageTag(null).primary());
    }

    @Test
    void primarySubtagIsLowerCase() {
        assertEquals("kk", new LanguageTag("KK-Latn").primary());
        assertEquals("ru", new LanguageTag(" ru ").primary());
    }
}
