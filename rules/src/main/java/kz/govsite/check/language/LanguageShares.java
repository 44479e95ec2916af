package kz.govsite.check.language;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How the words of some blocks divide among languages; Lingua for the JVM cannot split a mixed
 * text, so a page's languages are the sum of its blocks' weighted by words.
 *
 * @param words        words per language (primary subtag)
 * @param undetermined words in blocks whose language could not be told
 */
public record LanguageShares(Map<String, Integer> words, int undetermined) {
    public LanguageShares {
        words = Map.copyOf(words);
    }

    public static LanguageShares of(List<BlockGuess> blocks) {
        var byLanguage = new TreeMap<String, Integer>();
        int unknown = 0;
        for (BlockGuess b : blocks) {
            int w = b.block().words();
            if (b.guess().isDetermined()) byLanguage.merge(b.guess().primary(), w, Integer::sum);
            else unknown += w;
        }
        return new LanguageShares(byLanguage, unknown);
    }

    /** All judged words, determined or not. */
    public int total() {
        return words.values().stream().mapToInt(Integer::intValue).sum() + undetermined;
    }

    public int wordsIn(String language) {
        return words.getOrDefault(language, 0);
    }

    /** Share of all judged words in {@code language}, in whole percent. */
    public int percent(String language) {
        return percentOf(wordsIn(language));
    }

    /** The language of more than half of all judged words, if one is. */
    public Optional<String> majority() {
        int total = total();
        return words.entrySet().stream().filter(e -> e.getValue() * 2 > total).map(Map.Entry::getKey).findFirst();
    }

    /** "ru 82%, kk 10%, undetermined 8%": largest first. */
    public String describe() {
        var parts = words.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + percentOf(e.getValue()) + "%")
                .collect(Collectors.toList());
        if (undetermined > 0) parts.add("undetermined " + percentOf(undetermined) + "%");
        return String.join(", ", parts);
    }

    /** Percent per language, largest first, with {@code undetermined} last when there is some. */
    public Map<String, Integer> percents() {
        var m = new LinkedHashMap<String, Integer>();
        words.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> m.put(e.getKey(), percentOf(e.getValue())));
        if (undetermined > 0) m.put("undetermined", percentOf(undetermined));
        return m;
    }

    /** The shares as evidence values: {@code share.kk -> 10}. */
    public Map<String, String> evidence() {
        var m = new LinkedHashMap<String, String>();
        words.forEach((l, w) -> m.put("share." + l, String.valueOf(percentOf(w))));
        if (undetermined > 0) m.put("share.undetermined", String.valueOf(percentOf(undetermined)));
        m.put("words", String.valueOf(total()));
        return m;
    }

    private int percentOf(int w) {
        int total = total();
        return total == 0 ? 0 : (int) Math.round(100.0 * w / total);
    }
}
