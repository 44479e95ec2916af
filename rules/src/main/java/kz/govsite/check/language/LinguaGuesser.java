package kz.govsite.check.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Lingua as it is, built from the configured languages only (never the full model set).
 *
 * <p>One instance is shared by all threads of a run: Lingua's detector is thread-safe and its
 * models, once loaded, are the bulk of its memory (about 84 MB for kk, ru and en).
 */
public final class LinguaGuesser implements LanguageGuesser {
    private final LanguageDetector detector;
    private final Set<String> languages;

    private LinguaGuesser(LanguageDetector detector, Set<String> languages) {
        this.detector = detector;
        this.languages = Set.copyOf(languages);
    }

    /**
     * A detector for these ISO 639-1 codes.
     *
     * @throws IllegalArgumentException when a code is not a language Lingua knows, or fewer than two are given
     */
    public static LinguaGuesser of(List<String> isoCodes) {
        var codes = new LinkedHashSet<String>();
        var lingua = new ArrayList<Language>();
        for (String raw : isoCodes) {
            String code = raw.strip().toLowerCase(Locale.ROOT);
            if (code.isEmpty() || !codes.add(code)) continue;
            lingua.add(toLingua(code));
        }
        if (lingua.size() < 2) {
            throw new IllegalArgumentException("needs at least two languages to tell apart, got " + codes);
        }
        // Relative distance 0: we read all confidence values and apply our own margins.
        var detector = LanguageDetectorBuilder.fromLanguages(lingua.toArray(Language[]::new)).build();
        return new LinguaGuesser(detector, codes);
    }

    static Language toLingua(String code) {
        IsoCode639_1 iso;
        try {
            iso = IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 639-1 code that Lingua knows");
        }
        Language language = Language.getByIsoCode639_1(iso);
        if (language == Language.UNKNOWN) {
            throw new IllegalArgumentException("'" + code + "' is not a language Lingua can detect");
        }
        return language;
    }

    @Override
    public Guess guess(String text) {
        if (text == null || text.isBlank()) return Guess.undetermined("no-letters");
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(text);
        Iterator<Map.Entry<Language, Double>> it = values.entrySet().iterator();
        if (!it.hasNext()) return Guess.undetermined("no-letters");
        var top = it.next();
        if (top.getKey() == Language.UNKNOWN || top.getValue() <= 0) return Guess.undetermined("no-letters");
        if (!it.hasNext()) return new Guess(code(top.getKey()), 1.0, "", "lingua");
        var second = it.next();
        double distance = top.getValue() - second.getValue();
        return new Guess(code(top.getKey()), distance, second.getValue() > 0 ? code(second.getKey()) : "", "lingua");
    }

    @Override
    public Set<String> languages() {
        return languages;
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
