package kz.govsite.check.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import kz.govsite.InvalidConfigException;
import org.junit.jupiter.api.Test;

class UrlLanguageRulesTest {
    private final UrlLanguageRules presets = UrlLanguageRules.parse(List.of());

    @Test
    void thePresetsKnowTheUrlSchemesOfStateSites() {
        assertEquals(Optional.of("kk"), presets.languageOf("https://www.gov.kz/memleket/entities/dsm?lang=kk"));
        assertEquals(Optional.of("ru"), presets.languageOf("https://www.gov.kz/memleket/entities/dsm?lang=ru"));
        assertEquals(Optional.of("kk"), presets.languageOf("https://site.kz/cms/kk/news/1"));
        assertEquals(Optional.of("kk"), presets.languageOf("https://site.kz/kz/news/1"));
        assertEquals(Optional.of("kk"), presets.languageOf("https://site.kz/kaz/news/1"));
        assertEquals(Optional.of("ru"), presets.languageOf("https://site.kz/rus/news/1"));
        assertEquals(Optional.of("en"), presets.languageOf("https://site.kz/eng/news/1"));
        assertEquals(Optional.of("kk"), presets.languageOf("https://site.kz/page?id=5&lang=KAZ"));
        assertEquals(Optional.of("ru"), presets.languageOf("https://site.kz/ru"));
        assertEquals(Optional.empty(), presets.languageOf("https://site.kz/news/ru-kk-relations"));
    }

    @Test
    void mapsAQueryParameterKeepingTheOtherParameters() {
        assertEquals(List.of("https://www.gov.kz/memleket/entities/dsm/press/news?lang=ru&page=2"),
                presets.counterparts("https://www.gov.kz/memleket/entities/dsm/press/news?lang=kk&page=2", "ru"));
        assertEquals(List.of("https://site.kz/page?id=5&lang=RU"), presets.counterparts("https://site.kz/page?id=5&lang=KAZ", "ru"));
    }

    @Test
    void overlappingPresetsGiveEveryCandidateMostLikelyFirst() {
        assertEquals(List.of("https://site.kz/kk/news/1.html", "https://site.kz/kz/news/1.html"),
                presets.counterparts("https://site.kz/ru/news/1.html", "kk"));
        assertEquals(List.of("https://site.kz/ru/news/1.html"), presets.counterparts("https://site.kz/kz/news/1.html", "ru"));
        assertEquals(List.of("https://gov.kz/x?lang=kk", "https://gov.kz/x?lang=KAZ"),
                presets.counterparts("https://gov.kz/x?lang=ru", "kk"));
    }

    @Test
    void aConfiguredMappingWinsOverTheShorterPresetPrefix() {
        var rules = UrlLanguageRules.parse(List.of("/ru/press/ <-> /kk/baspasoz/", "kk-path"));
        assertEquals(List.of("http://site.test/kk/baspasoz/2024.html", "http://site.test/kk/press/2024.html"),
                rules.counterparts("http://site.test/ru/press/2024.html", "kk"));
        assertEquals(List.of("http://site.test/ru/press/2024.html", "http://site.test/ru/baspasoz/2024.html"),
                rules.counterparts("http://site.test/kk/baspasoz/2024.html", "ru"));
        assertEquals(Optional.of("kk"), rules.languageOf("http://site.test/kk/baspasoz/2024.html"));
        assertEquals(Optional.empty(), rules.languageOf("https://gov.kz/x?lang=kk"), "only the listed presets apply");
    }

    @Test
    void namedSidesPairPagesWhoseUrlsCarryNoLanguageCode() {
        var rules = UrlLanguageRules.parse(List.of("ru:/gos/ <-> kk:/memleket/"));
        assertEquals(List.of("https://site.kz/memleket/uslugi"), rules.counterparts("https://site.kz/gos/uslugi", "kk"));
    }

    @Test
    void knowsHomePagesOfEachLanguage() {
        assertTrue(presets.isHome("https://site.kz/"));
        assertTrue(presets.isHome("https://site.kz/kk/"));
        assertTrue(presets.isHome("https://site.kz/ru"));
        assertTrue(presets.isHome("https://site.kz/ru/index.html"));
        assertTrue(presets.isHome("https://site.kz/?lang=kk"));
        assertTrue(presets.isHome("https://site.kz/cms/ru/"));
        assertFalse(presets.isHome("https://site.kz/ru/news.html"));
        assertFalse(presets.isHome("https://site.kz/?lang=kk&page=2"));
        assertFalse(presets.isHome("https://site.kz/news?lang=kk"));
    }

    @Test
    void badMappingsNameTheParameterAndWhatIsWrong() {
        var e = assertThrows(InvalidConfigException.class, () -> UrlLanguageRules.parse(List.of("/gos/ <-> /memleket/")));
        assertEquals("govsite.pairing: in '/gos/ <-> /memleket/': cannot tell the language of '/gos/': write it as kk:/gos/",
                e.getMessage());
        e = assertThrows(InvalidConfigException.class, () -> UrlLanguageRules.parse(List.of("kz-paths")));
        assertEquals("govsite.pairing: 'kz-paths' is neither a preset (lang-param, lang-param-upper, cms-path, kk-path,"
                + " kz-path, three-letter-path) nor a mapping such as '/ru/ <-> /kk/'", e.getMessage());
        e = assertThrows(InvalidConfigException.class, () -> UrlLanguageRules.parse(List.of("/kk/ <-> /kz/")));
        assertEquals("govsite.pairing: '/kk/ <-> /kz/' names kk twice", e.getMessage());
    }
}
