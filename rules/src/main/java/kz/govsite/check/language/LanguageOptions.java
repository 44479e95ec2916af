package kz.govsite.check.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.govsite.OptionSet;
import kz.govsite.OptionValues;

/**
 * How page languages are detected and pages paired with their twins, read from the run's raw
 * options ({@code govsite.languages}, {@code .ignoreSelectors}, {@code .pairing}, {@code .kazakhLatin});
 * the language, parity and documents families all read them.
 *
 * @param languages       ISO 639-1 codes in play; the detector is built from these only
 * @param ignoreSelectors CSS selectors of chrome whose text is not judged (menus, footers)
 * @param pairing         URL mappings between languages, e.g. {@code /ru/ <-> /kk/} or a preset name
 * @param kazakhLatin     report Kazakh written in the 2021 Latin alphabet as kk-Latn instead of undetermined
 */
public record LanguageOptions(List<String> languages, List<String> ignoreSelectors, List<String> pairing,
                              boolean kazakhLatin) implements OptionSet {
    public static final String LANGUAGES = "govsite.languages";
    public static final String IGNORE_SELECTORS = "govsite.ignoreSelectors";
    public static final String PAIRING = "govsite.pairing";
    public static final String KAZAKH_LATIN = "govsite.kazakhLatin";

    public LanguageOptions {
        languages = List.copyOf(languages);
        ignoreSelectors = List.copyOf(ignoreSelectors);
        pairing = List.copyOf(pairing);
    }

    public static LanguageOptions defaults() {
        return new LanguageOptions(List.of("kk", "ru", "en"), List.of(), List.of(), false);
    }

    /** Reads the options by property name; no languages given means kk, ru and en. */
    public static LanguageOptions of(Map<String, String> options) {
        List<String> languages = OptionValues.list(options, LANGUAGES);
        return new LanguageOptions(languages.isEmpty() ? defaults().languages() : languages,
                OptionValues.list(options, IGNORE_SELECTORS), OptionValues.list(options, PAIRING),
                OptionValues.flag(options, KAZAKH_LATIN, false));
    }

    @Override
    public Map<String, String> values() {
        var m = new LinkedHashMap<String, String>();
        m.put(LANGUAGES, String.join(",", languages));
        m.put(IGNORE_SELECTORS, String.join(",", ignoreSelectors));
        m.put(PAIRING, String.join(",", pairing));
        m.put(KAZAKH_LATIN, String.valueOf(kazakhLatin));
        return m;
    }

    /** Adds the options to report.json's {@code config} under the name it has always used. */
    void describe(Map<String, Object> config) {
        config.put("languages", languages);
    }
}
