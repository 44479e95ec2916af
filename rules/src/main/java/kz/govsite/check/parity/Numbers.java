package kz.govsite.check.parity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a text in one normal form, so that two translations can be compared as
 * multisets: «1 250 000» = «1250000», «12,5» = «12.5», a phone number is one number, and a date
 * gives day, month and year whether written «15.12.2021», «15 декабря 2021 года» or
 * «2021 жылғы 15 желтоқсанда».
 */
public final class Numbers {
    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2007\\u2009\\u202F]");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+\\s?7|8)[\\s-]?\\(?\\d{3,5}\\)?[\\s-]?\\d{1,3}(?:[\\s-]?\\d{2}){2}(?!\\d)");
    private static final Pattern DATE_DMY = Pattern.compile(
            "(?<![\\d.])(?<d>\\d{1,2})[./](?<m>\\d{1,2})[./](?<y>\\d{4})(?![\\d.]\\d)");
    private static final Pattern DATE_ISO = Pattern.compile("(?<!\\d)(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:.,])([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])");
    /** Sentences end at . ! ? before a capital, a digit or a quote, and blocks at " | ". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}«\"\\d])|\\s\\|\\s");
    /** Words between a year and its month: «2025 жылғы наурыз», «2025 жылдың қазан айында». */
    private static final java.util.Set<String> YEAR_WORDS = java.util.Set.of("жылғы", "жылдың", "жылы", "года", "год",
            "г", "гг", "year");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?: \\d{3})+(?:[.,]\\d+)?)(?!\\d)"      // 1 250 000,5
                    + "|(?<![\\d.,])(\\d{1,3}(?:,\\d{3}){2,}(?:\\.\\d+)?)(?!\\d)" // 1,250,000.5
                    + "|(\\d+(?:[.,]\\d+)?)");
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\d+");
    private static final Map<Pattern, Integer> MONTHS = months();

    private Numbers() {
    }

    /**
     * The text's numbers, normalised, sorted; repeated numbers repeat, except the years and months
     * of dates within one sentence: «с 12 марта 2025 года по 14 марта 2025 года» names the same
     * month and year as «2025 жылғы 12–14 наурыз».
     */
    public static List<String> of(String text) {
        var out = new ArrayList<String>();
        for (String sentence : SENTENCE_END.split(SPACES.matcher(text).replaceAll(" "))) {
            out.addAll(ofSentence(sentence));
        }
        out.sort(null);
        return out;
    }

    private static List<String> ofSentence(String sentence) {
        var out = new ArrayList<String>();
        var yearsAndMonths = new LinkedHashSet<String>();
        String t = take(sentence, PHONE, m -> out.add("+" + phoneDigits(m.group())));
        java.util.function.Consumer<Matcher> date = m -> {
            out.add(plain(m.group("d")));
            yearsAndMonths.add("m" + plain(m.group("m")));
            yearsAndMonths.add("y" + plain(m.group("y")));
        };
        t = take(t, DATE_DMY, date);
        t = take(t, DATE_ISO, date);
        // 9:00 is 9.00: a time is compared as the decimal it is also written as.
        t = take(t, TIME, m -> out.add(decimal(m.group(1) + "." + m.group(2))));
        monthsOfDates(t).forEach(month -> yearsAndMonths.add("m" + month));
        Matcher m = NUMBER.matcher(t);
        while (m.find()) {
            String raw = m.group(1) != null ? m.group(1).replace(" ", "")
                    : m.group(2) != null ? m.group(2).replace(",", "") : m.group(3);
            if (isYear(raw)) yearsAndMonths.add("y" + raw);
            else out.add(decimal(raw));
        }
        yearsAndMonths.forEach(part -> out.add(part.substring(1)));
        return out;
    }

    /**
     * What each side has that the other lacks, as multisets.
     *
     * @param onlyInFirst  numbers (with repeats) the second text lacks
     * @param onlyInSecond numbers the first text lacks
     */
    public record Difference(List<String> onlyInFirst, List<String> onlyInSecond) {
        public boolean isEmpty() {
            return onlyInFirst.isEmpty() && onlyInSecond.isEmpty();
        }
    }

    public static Difference compare(List<String> first, List<String> second) {
        var counts = new TreeMap<String, Integer>();
        first.forEach(n -> counts.merge(n, 1, Integer::sum));
        second.forEach(n -> counts.merge(n, -1, Integer::sum));
        var a = new ArrayList<String>();
        var b = new ArrayList<String>();
        counts.forEach((n, c) -> {
            for (int i = 0; i < c; i++) a.add(n);
            for (int i = 0; i > c; i--) b.add(n);
        });
        return new Difference(List.copyOf(a), List.copyOf(b));
    }

    /**
     * Month names become numbers only where they stand in a date: after a day («12–14 наурыз»),
     * before a year («октября 2025»), or after a year («2025 жылғы қазан»). «Қазан» alone is also a
     * city, and «қазандық» a boiler.
     */
    private static List<String> monthsOfDates(String text) {
        var tokens = new ArrayList<String>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) tokens.add(m.group());
        var out = new ArrayList<String>();
        for (int i = 0; i < tokens.size(); i++) {
            Integer month = month(tokens.get(i));
            if (month == null) continue;
            String before = i > 0 ? tokens.get(i - 1) : "";
            boolean day = isDay(before);
            boolean yearAfter = i + 1 < tokens.size() && isYear(tokens.get(i + 1));
            boolean yearBefore = isYear(before) || (i > 1 && YEAR_WORDS.contains(before) && isYear(tokens.get(i - 2)));
            if (day || yearAfter || yearBefore) out.add(String.valueOf(month));
        }
        return out;
    }

    private static Integer month(String word) {
        for (var e : MONTHS.entrySet()) {
            if (e.getKey().matcher(word).matches()) return e.getValue();
        }
        return null;
    }

    private static boolean isDay(String token) {
        if (token.isEmpty() || token.length() > 2 || !token.chars().allMatch(Character::isDigit)) return false;
        int d = Integer.parseInt(token);
        return d >= 1 && d <= 31;
    }

    private static boolean isYear(String token) {
        if (token.length() != 4 || !token.chars().allMatch(Character::isDigit)) return false;
        int y = Integer.parseInt(token);
        return y >= 1900 && y <= 2100;
    }

    private static String take(String text, Pattern p, java.util.function.Consumer<Matcher> sink) {
        Matcher m = p.matcher(text);
        var sb = new StringBuilder();
        while (m.find()) {
            sink.accept(m);
            m.appendReplacement(sb, " ");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String phoneDigits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.length() == 11 && digits.startsWith("8") ? "7" + digits.substring(1) : digits;
    }

    private static String plain(String digits) {
        return new BigDecimal(digits).toPlainString();
    }

    private static String decimal(String raw) {
        return new BigDecimal(raw.replace(',', '.')).stripTrailingZeros().toPlainString();
    }

    private static Map<Pattern, Integer> months() {
        // Kazakh month names with the case endings a date takes, and no other suffix: «қазандық» is a boiler.
        String kk = "(дағы|дегі|тағы|тегі|ындағы|індегі)?(да|де|та|те|ға|ге|қа|ке|ның|нің|дың|дің|тың|тің|нан|нен"
                + "|дан|ден|тан|тен|на|не|нда|нде|ды|ді|ты|ті|ны|ні|ы|і|ын|ін|ына|іне|ында|інде|ынан|інен|ының|інің)?";
        String[][] names = {
                {"январ[ьяюе]?", "қаңтар" + kk, "january"},
                {"феврал[ьяюе]?", "ақпан" + kk, "february"},
                {"март[аеу]?", "наурыз" + kk, "march"},
                {"апрел[ьяюе]?", "сәуір" + kk, "april"},
                {"ма[йяею]", "мамыр" + kk, "may"},
                {"июн[ьяюе]?", "маусым" + kk, "june"},
                {"июл[ьяюе]?", "шілде" + kk, "july"},
                {"август[аеу]?", "тамыз" + kk, "august"},
                {"сентябр[ьяюе]?", "қыркүйек" + kk, "september"},
                {"октябр[ьяюе]?", "қазан" + kk, "october"},
                {"ноябр[ьяюе]?", "қараша" + kk, "november"},
                {"декабр[ьяюе]?", "желтоқсан" + kk, "december"}};
        var m = new java.util.LinkedHashMap<Pattern, Integer>();
        for (int i = 0; i < names.length; i++) {
            m.put(Pattern.compile(String.join("|", names[i])), i + 1);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
