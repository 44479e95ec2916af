package kz.govsite;

import java.util.List;

/**
 * How page languages are detected and pages paired with their twins.
 *
 * @param languages       ISO 639-1 codes in play; the detector is built from these only
 * @param ignoreSelectors CSS selectors of chrome whose text is not judged (menus, footers)
 * @param pairing         URL mappings between languages, e.g. {@code /ru/ <-> /kk/} or a preset name
 * @param kazakhLatin     report Kazakh written in the 2021 Latin alphabet as kk-Latn instead of undetermined
 */
public record LanguageOptions(List<String> languages, List<String> ignoreSelectors, List<String> pairing,
                              boolean kazakhLatin) {
    public LanguageOptions {
        languages = List.copyOf(languages);
        ignoreSelectors = List.copyOf(ignoreSelectors);
        pairing = List.copyOf(pairing);
    }

    public static LanguageOptions defaults() {
        return new LanguageOptions(List.of("kk", "ru", "en"), List.of(), List.of(), false);
    }

    /** The same options with other pairing rules (e.g. one site's of an audit). */
    public LanguageOptions withPairing(List<String> rules) {
        return new LanguageOptions(languages, ignoreSelectors, rules, kazakhLatin);
    }
}
