package kz.govsite.check.lowvision;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Phrases that recognise a control by its accessible name, in Russian, Kazakh and English. */
public record PhraseList(List<Pattern> patterns) {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    public PhraseList {
        patterns = List.copyOf(patterns);
    }

    /** Compiles each line as a case-insensitive regular expression ('ё' in it reads as 'е'). */
    public static PhraseList of(List<String> phrases) {
        return new PhraseList(phrases.stream().map(p -> Pattern.compile(p.replace('ё', 'е'), FLAGS)).toList());
    }

    /** Whether any phrase occurs in the name, after {@link #normalise(String)}. */
    public boolean matches(String accessibleName) {
        if (accessibleName == null || accessibleName.isBlank()) return false;
        String name = normalise(accessibleName);
        return patterns.stream().anyMatch(p -> p.matcher(name).find());
    }

    /**
     * Lower case, 'ё' read as 'е', and any run of whitespace (including no-break spaces that
     * real menus are full of) as one space.
     */
    public static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
    }
}
