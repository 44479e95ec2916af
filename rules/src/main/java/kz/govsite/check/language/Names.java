package kz.govsite.check.language;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Leaves names out of a text before its language is told. Russian news on state sites is full of
 * Kazakh names («Спикер Мәжіліса», «по проспекту Тәуке хан», «корпорация «Қазақтелеком»») and Kazakh
 * news of Russian ones («Премьер-Министр», «Сбербанк»); a name is in no language, but one Kazakh
 * letter in it makes Lingua answer "Kazakh, certain". Names here are what a reader sees as names:
 * text in quotation marks, capitalised words that do not open a sentence (with «хан», «батыр» after
 * them), a word with a Kazakh letter after a place marker (улица, проспект, село …), and the words
 * before a Kazakh place marker (көшесі, даңғылы, ауылы …).
 */
public final class Names {
    /** A quoted title: «…» (nested once, as in «Фонд «Самұрық-Қазына»»), “…”, „…“, "…". */
    private static final Pattern QUOTED = Pattern.compile("«(?:[^«»]|«[^«»]*»)*»|“[^”]*”|„[^“”]*[“”]|\"[^\"]*\"");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+[»\"”)]*$");
    /** Russian words after which a name follows: the next word is a name whatever its case. */
    private static final Set<String> BEFORE_NAME = Set.of("улица", "улице", "улицы", "улицу", "ул.", "проспект",
            "проспекту", "проспекта", "проспекте", "пр.", "пр-т", "переулок", "переулке", "бульвар", "бульвару",
            "бульваре", "площадь", "площади", "микрорайон", "микрорайона", "микрорайоне", "мкр.", "мкр", "село", "села",
            "селе", "селу", "аул", "аула", "ауле", "посёлок", "посёлка", "посёлке", "поселок", "поселка", "поселке",
            "район", "района", "районе", "город", "города", "городе", "г.", "река", "реки", "реке", "реку", "озеро",
            "озера", "парк", "парке", "парка", "имени", "им.", "трасса", "трассе");
    /** What separates the parts of a title. */
    private static final Set<String> SEPARATORS = Set.of("|", "/", "::", "·", "•", "||");
    /** Words that continue a Kazakh name: «Тәуке хан», «Қабанбай батыра», «Төле би». */
    private static final Set<String> TITLES = Set.of("хан", "хана", "хане", "батыр", "батыра", "батыре", "би", "ата",
            "ана", "баба", "бабы");
    /** Kazakh words before which a name stands: the words of the name before them are left out. */
    private static final Set<String> AFTER_NAME = Set.of("көшесі", "көшесінде", "көшесіндегі", "даңғылы",
            "даңғылында", "даңғылындағы", "алаңы", "алаңында", "ауылы", "ауылында", "ауданы", "ауданында", "облысы",
            "облысында", "қаласы", "қаласында", "қаласының", "қаласынан", "өзені", "саябағы", "саябағында",
            "шағынауданы");
    /** Letter by letter under {@link KazakhLetters#LETTERS}: ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у, ү→у, һ→х, і→и. */
    private static final String NEAREST_RUSSIAN = "агкноуухиАГКНОУУХИ";
    private static final Pattern WORD_EDGES = Pattern.compile("^[\\p{Punct}«»“”„—–…]+|[\\p{Punct}«»“”„—–…&&[^.]]+$");

    private Names() {
    }

    /**
     * The text to tell the language of: without its names, or the text itself when nothing but
     * names would be left (then they are all there is to judge). Words keep their order, separated
     * by single spaces.
     */
    public static String forDetection(String text) {
        String unquoted = QUOTED.matcher(text).replaceAll(" ");
        String[] raw = unquoted.strip().split("\\s+");
        if (raw.length == 0 || raw[0].isEmpty()) return text;
        boolean[] start = new boolean[raw.length];
        boolean sentenceStart = true;
        for (int i = 0; i < raw.length; i++) {
            start[i] = sentenceStart;
            // A title's parts («Министерство | Сессия Мәжіліса») open like sentences.
            sentenceStart = endsSentence(raw[i]) || SEPARATORS.contains(raw[i])
                    || !hasLetter(raw[i]) && sentenceStart;
        }
        boolean capitalisedText = mostlyCapitalised(raw, start);
        boolean[] name = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) {
            String word = bare(raw[i]);
            if (!start[i] && !capitalisedText && isCapitalised(word)) name[i] = true;
            if (i > 0 && KazakhLetters.hasKazakhLetter(word) && BEFORE_NAME.contains(bare(raw[i - 1]).toLowerCase(Locale.ROOT))) {
                // «по проспекту тәуке», «село қызылжар»: a Kazakh word after a place marker is the place's name.
                name[i] = true;
            }
            if (i > 1 && name[i - 1] && TITLES.contains(word.toLowerCase(Locale.ROOT))) name[i] = true;
            if (AFTER_NAME.contains(word.toLowerCase(Locale.ROOT))) {
                // «Қабанбай батыр көшесі»: the name is the words before, up to two.
                for (int j = i - 1; j >= Math.max(0, i - 2) && !endsSentence(raw[j]); j--) name[j] = true;
            }
        }
        var kept = new ArrayList<String>();
        var openers = new ArrayList<Integer>();
        boolean kazakhInside = false;
        for (int i = 0; i < raw.length; i++) {
            if (name[i] || !hasLetter(raw[i])) continue;
            if (start[i] && isCapitalised(bare(raw[i]))) openers.add(kept.size());
            else kazakhInside |= KazakhLetters.hasKazakhLetter(raw[i]);
            kept.add(raw[i]);
        }
        if (kept.isEmpty()) return text;
        if (!kazakhInside && kept.size() - openers.size() >= 2) {
            // «Мәжіліс принял закон»: a Kazakh letter only in the word that opens a sentence is a name's
            // too. Spelt without it, the word still counts for its letters' sounds, not as certain Kazakh;
            // the other words decide (a text of one or two words keeps its letters).
            for (int k : openers) kept.set(k, russianSpelling(kept.get(k)));
        }
        return String.join(" ", kept);
    }

    /** The word with each Kazakh-only letter replaced by the Russian letter for the nearest sound. */
    static String russianSpelling(String word) {
        var sb = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            int at = KazakhLetters.LETTERS.indexOf(c);
            sb.append(at < 0 ? c : NEAREST_RUSSIAN.charAt(at));
        }
        return sb.toString();
    }

    /** Headings in capitals or in title case: there capitals mark nothing. Words opening a sentence do not count. */
    private static boolean mostlyCapitalised(String[] words, boolean[] start) {
        int letters = 0;
        int capitalised = 0;
        int capitals = 0;
        for (int i = 0; i < words.length; i++) {
            if (start[i]) continue;
            String b = bare(words[i]);
            if (!hasLetter(b)) continue;
            letters++;
            if (isCapitalised(b)) capitalised++;
            if (b.codePoints().filter(Character::isLetter).count() > 1 && b.equals(b.toUpperCase(Locale.ROOT))) capitals++;
        }
        return letters >= 2 && (capitals * 2 > letters || capitalised == letters);
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean endsSentence(String word) {
        return SENTENCE_END.matcher(word).find() && !word.equals("г.") && !word.equals("ул.") && !word.equals("пр.")
                && !word.equals("им.") && !word.equals("мкр.");
    }

    private static boolean hasLetter(String word) {
        return word.codePoints().anyMatch(Character::isLetter);
    }

    private static String bare(String word) {
        return WORD_EDGES.matcher(word).replaceAll("");
    }
}
