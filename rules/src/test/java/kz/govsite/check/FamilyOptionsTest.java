package kz.govsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.govsite.GovsiteConfig;
import kz.govsite.InvalidConfigException;
import kz.govsite.check.axe.AxeOptions;
import kz.govsite.check.documents.DocumentOptions;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.check.lowvision.LowVisionOptions;
import org.junit.jupiter.api.Test;

/**
 * Each family's options are read from the run's raw options and written back to them: a record that
 * gains a field but not its property (or the other way round) loses the option on the way, and fails here.
 */
class FamilyOptionsTest {
    private static Map<String, String> through(kz.govsite.OptionSet set) {
        return GovsiteConfig.builder().options(set).buildShared().options();
    }

    @Test
    void axeOptionsSurviveTheRawOptions() {
        var axe = new AxeOptions(List.of("wcag2a", "best-practice"), List.of("region"), List.of("main"), List.of(".ad"));
        assertEquals(axe, AxeOptions.of(through(axe)));
        assertEquals(AxeOptions.defaults(), AxeOptions.of(Map.of()));
    }

    @Test
    void lowVisionOptionsSurviveTheRawOptions() {
        var lv = new LowVisionOptions("a.bvi-open", 18, 2.5, 800, List.of("color-contrast"), false, true, "all");
        assertEquals(lv, LowVisionOptions.of(through(lv)));
        assertEquals(LowVisionOptions.defaults(), LowVisionOptions.of(Map.of()));
    }

    @Test
    void languageOptionsSurviveTheRawOptions() {
        var language = new LanguageOptions(List.of("kk", "ru"), List.of(".ticker"), List.of("/rus/ <-> /kaz/"), true);
        assertEquals(language, LanguageOptions.of(through(language)));
        assertEquals(LanguageOptions.defaults(), LanguageOptions.of(Map.of()));
    }

    @Test
    void documentOptionsSurviveTheRawOptions() {
        var documents = new DocumentOptions(12, 3_000_000, 40, Duration.ofSeconds(7));
        assertEquals(documents, DocumentOptions.parse(through(documents)));
    }

    @Test
    void aSetGivenWholeReplacesEarlierValuesAndUnsetsWhatItLeavesEmpty() {
        var config = GovsiteConfig.builder().option(LowVisionOptions.TOGGLE, ".old")
                .options(LowVisionOptions.defaults()).buildShared();
        assertEquals(null, LowVisionOptions.of(config.options()).toggleSelector());
    }

    @Test
    void aBadValueNamesItsPropertyWhenTheConfigurationIsBuilt() {
        var e = assertThrows(InvalidConfigException.class, () -> GovsiteConfig.builder()
                .option(LowVisionOptions.MIN_FONT_PX, "0").buildShared());
        assertEquals("govsite.lowVision.minFontPx: must be positive, was 0", e.getMessage());
        e = assertThrows(InvalidConfigException.class, () -> GovsiteConfig.builder()
                .option(LowVisionOptions.MIN_SCALE, "twice").buildShared());
        assertEquals("govsite.lowVision.minScale: 'twice' is not a number", e.getMessage());
        e = assertThrows(InvalidConfigException.class, () -> GovsiteConfig.builder()
                .option(LanguageOptions.KAZAKH_LATIN, "yes").buildShared());
        assertEquals("govsite.kazakhLatin: 'yes' is neither true nor false", e.getMessage());
    }

    @Test
    void reportJsonKeepsTheNamesItHasAlwaysUsed() {
        var described = GovsiteConfig.builder()
                .options(new AxeOptions(List.of("wcag2a"), List.of("region"), List.of(), List.of()))
                .option(LowVisionOptions.REQUIRED, "true")
                .option(LanguageOptions.LANGUAGES, "kk,ru")
                .checks(java.util.Set.of("parity")).buildShared().describe();
        assertEquals(List.of("wcag2a"), described.get("axeTags"));
        assertEquals(List.of("region"), described.get("axeDisabledRules"));
        assertEquals(true, described.get("lowVisionRequired"));
        assertEquals("template", described.get("lowVisionSampling"));
        assertEquals(List.of("kk", "ru"), described.get("languages"));
        assertEquals(null, described.get("documents"), "a family that does not run describes nothing under its id");
    }
}
