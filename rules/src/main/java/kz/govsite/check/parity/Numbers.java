package kz.govsite.check.parity;

import java.math.BigDecimal;
import java.util.ArrayList;
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
    private static final Pattern DATE_DMY = Pattern.compile("(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?![\\d.]\\d)");
    private static final Pattern DATE_ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?: \\d{3})+(?:[.,]\\d+)?)(?!\\d)"      // 1 250 000,5
                    + "|(?<![\\d.,])(\\d{1,3}(?:,\\d{3}){2,}(?:\\.\\d+)?)(?!\\d)" // 1,250,000.5
                    + "|(\\d+(?:[.,]\\d+)?)");
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\d+");
    private static final Map<Pattern, Integer> MONTHS = months();

    private Numbers() {
    }

    /** The text's numbers, normalised, sorted; repeated numbers repeat. */
    public static List<String> of(String text) {
        var out = new ArrayList<String>();
        String t = SPACES.matcher(text).replaceAll(" ");
        t = take(t, PHONE, m -> out.add("+" + phoneDigits(m.group())));
        t = take(t, DATE_DMY, m -> {
            out.add(plain(m.group(1)));
            out.add(plain(m.group(2)));
            out.add(plain(m.group(3)));
        });
        t = take(t, DATE_ISO, m -> {
            out.add(plain(m.group(1)));
            out.add(plain(m.group(2)));
            out.add(plain(m.group(3)));
        });
        out.addAll(monthsOfDates(t));
        Matcher m = NUMBER.matcher(t);
        while (m.find()) {
            String raw = m.group(1) != null ? m.group(1).replace(" ", "")
                    : m.group(2) != null ? m.group(2).replace(",", "") : m.group(3);
            out.add(decimal(raw));
        }
        out.sort(null);
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

    /** Month names become numbers only next to a day or a year: «Қазан» alone is also a city. */
    private static List<String> monthsOfDates(String text) {
        var tokens = new ArrayList<String>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) tokens.add(m.group());
        var out = new ArrayList<String>();
        for (int i = 0; i < tokens.size(); i++) {
            Integer month = month(tokens.get(i));
            if (month == null) continue;
            boolean day = i > 0 && isDay(tokens.get(i - 1));
            boolean year = false;
            for (int j = Math.max(0, i - 2); j <= Math.min(tokens.size() - 1, i + 2); j++) {
                if (isYear(tokens.get(j))) year = true;
            }
            if (day || year) out.add(String.valueOf(month));
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
        if (!token.chars().allMatch(Character::isDigit) || token.length() > 2) return false;
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
        String[][] names = {
                {"январ[ьяюе]?", "қаңтар\\p{L}*", "january"},
                {"феврал[ьяюе]?", "ақпан\\p{L}*", "february"},
                {"март[аеу]?", "наурыз\\p{L}*", "march"},
                {"апрел[ьяюе]?", "сәуір\\p{L}*", "april"},
                {"ма[йяею]", "мамыр\\p{L}*", "may"},
                {"июн[ьяюе]?", "маусым\\p{L}*", "june"},
                {"июл[ьяюе]?", "шілде\\p{L}*", "july"},
                {"август[аеу]?", "тамыз\\p{L}*", "august"},
                {"сентябр[ьяюе]?", "қыркүйек\\p{L}*", "september"},
                {"октябр[ьяюе]?", "қазан\\p{L}*", "october"},
                {"ноябр[ьяюе]?", "қараша\\p{L}*", "november"},
                {"декабр[ьяюе]?", "желтоқсан\\p{L}*", "december"}};
        var m = new java.util.LinkedHashMap<Pattern, Integer>();
        for (int i = 0; i < names.length; i++) {
            m.put(Pattern.compile(String.join("|", names[i])), i + 1);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
