package kz.govsite.check.language;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code lang} attribute value read as a BCP 47 language tag and checked against the IANA
 * registry the way the W3C ACT rules do: the primary language subtag must be registered; a script
 * or region in its usual place must be registered too.
 *
 * @param value the attribute value as written
 */
public record LanguageTag(String value) {
    /** ISO 639-2 codes people write where the registry has a two-letter code. */
    private static final Map<String, String> THREE_LETTER = Map.of(
            "kaz", "kk", "rus", "ru", "eng", "en", "deu", "de", "ger", "de", "fra", "fr", "fre", "fr", "tur", "tr",
            "uzb", "uz", "kir", "ky");

    public LanguageTag {
        value = value == null ? "" : value;
    }

    /** The primary language subtag in lower case ({@code kk} for {@code kk-Latn-KZ}); empty for an empty tag. */
    public String primary() {
        String v = value.strip();
        int dash = v.indexOf('-');
        return (dash < 0 ? v : v.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /**
     * The language this tag means to name among {@code kk ru en …}, forgiving the common {@code kz}
     * for Kazakh: used to decide what language a page claims, not whether the tag is valid.
     */
    public String intendedLanguage() {
        String p = primary();
        if (p.equals("kz") || p.equals("kaz") || p.equals("qaz")) return "kk";
        return THREE_LETTER.getOrDefault(p, p);
    }

    /**
     * The language the content rules take this tag to declare: its primary subtag when the tag is
     * valid, else the language it plainly means ({@code kz}, {@code KZ}, {@code kaz}, {@code qaz} are
     * Kazakh, {@code rus} Russian, {@code eng} English), else empty.
     */
    public Optional<String> declaredLanguage() {
        if (isBlank()) return Optional.empty();
        if (isValid()) return Optional.of(primary());
        String p = primary();
        return p.equals("kz") || p.equals("qaz") || THREE_LETTER.containsKey(p) ? Optional.of(intendedLanguage())
                : Optional.empty();
    }

    /** How a message names the declared language: {@code lang="kk"}, or {@code lang="kz" (read as kk)}. */
    public String describe() {
        String written = "lang=\"" + value + "\"";
        return isValid() ? written : written + declaredLanguage().map(l -> " (read as " + l + ")").orElse("");
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    /** Why this tag is not a valid language tag, or empty when it is. */
    public Optional<String> problem() {
        String v = value.strip();
        if (v.isEmpty()) return Optional.of("lang is empty");
        String[] subtags = v.split("-", -1);
        SubtagRegistry registry = SubtagRegistry.get();
        String primary = subtags[0].toLowerCase(Locale.ROOT);
        if (primary.equals("kz")) {
            return Optional.of("\"" + v + "\" is not a language: KZ is the region code of Kazakhstan, "
                    + "the language code of Kazakh is \"kk\" (\"kk-Latn\" for the Latin alphabet)");
        }
        if (!primary.matches("[a-z]{2,8}") || !registry.isLanguage(primary)) {
            String hint = THREE_LETTER.containsKey(primary) ? "; use \"" + THREE_LETTER.get(primary) + "\"" : "";
            return Optional.of("\"" + v + "\" does not start with a language subtag of the IANA registry" + hint);
        }
        if (subtags.length > 1) {
            String second = subtags[1];
            if (second.matches("[A-Za-z]{4}") && !registry.isScript(second)) {
                return Optional.of("\"" + second + "\" in \"" + v + "\" is not a script subtag (Latn, Cyrl, …)");
            }
            if ((second.matches("[A-Za-z]{2}") || second.matches("[0-9]{3}")) && !registry.isRegion(second)) {
                return Optional.of("\"" + second + "\" in \"" + v + "\" is not a region subtag (KZ, RU, …)");
            }
            if (second.isEmpty()) return Optional.of("\"" + v + "\" has an empty subtag");
        }
        return Optional.empty();
    }

    public boolean isValid() {
        return problem().isEmpty();
    }
}
