package kz.govsite.check.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the run knows about one document: for the report's documents table, the cache, and the
 * language and pairing rules, which need no second opening of the file.
 *
 * @param url          the document's URL (normalised)
 * @param format       {@code pdf}, {@code docx}, {@code xlsx}, {@code doc}, …
 * @param state        {@code checked}, {@code not-opened}, or why it could not be read
 *                     ({@code too-large}, {@code unreadable}, {@code encrypted}, {@code timeout}, {@code http-error})
 * @param bytes        its size, or -1 when unknown
 * @param pages        pages (PDF) or sheets (xlsx); 0 when unknown
 * @param title        its own title, or empty
 * @param declaredLang the language it declares, or empty
 * @param language     the language most of its text is in, or empty
 * @param shares       percent of its words per language
 * @param words        words judged
 * @param numbers      the numbers of its text (sums, dates, order numbers), as the parity check reads them
 * @param sha256       hash of the file, or empty
 * @param etag         the server's ETag, or empty
 * @param lastModified the server's Last-Modified, or empty
 */
public record DocumentFacts(String url, String format, String state, long bytes, int pages, String title,
                            String declaredLang, String language, Map<String, Integer> shares, int words,
                            List<String> numbers, String sha256, String etag, String lastModified) {
    public DocumentFacts {
        shares = Map.copyOf(shares);
        numbers = List.copyOf(numbers);
        title = title == null ? "" : title;
        declaredLang = declaredLang == null ? "" : declaredLang;
        language = language == null ? "" : language;
        sha256 = sha256 == null ? "" : sha256;
        etag = etag == null ? "" : etag;
        lastModified = lastModified == null ? "" : lastModified;
    }

    static DocumentFacts unread(String url, String format, String state, long bytes) {
        return new DocumentFacts(url, format, state, bytes, 0, "", "", "", Map.of(), 0, List.of(), "", "", "");
    }

    boolean hasText() {
        return words > 0;
    }

    /** The facts as plain values, keys in a fixed order: for report.json and the cache. */
    Map<String, Object> toMap() {
        var m = new LinkedHashMap<String, Object>();
        m.put("url", url);
        m.put("format", format);
        m.put("state", state);
        m.put("bytes", bytes);
        m.put("pages", pages);
        m.put("title", title);
        m.put("declaredLang", declaredLang);
        m.put("language", language);
        m.put("shares", new TreeMap<>(shares));
        m.put("words", words);
        m.put("numbers", numbers);
        m.put("sha256", sha256);
        m.put("etag", etag);
        m.put("lastModified", lastModified);
        return m;
    }

    static DocumentFacts fromMap(Map<?, ?> m) {
        var shares = new TreeMap<String, Integer>();
        if (m.get("shares") instanceof Map<?, ?> s) s.forEach((k, v) -> shares.put(String.valueOf(k), ((Number) v).intValue()));
        var numbers = new ArrayList<String>();
        if (m.get("numbers") instanceof List<?> l) l.forEach(n -> numbers.add(String.valueOf(n)));
        return new DocumentFacts(str(m, "url"), str(m, "format"), str(m, "state"), num(m, "bytes"), (int) num(m, "pages"),
                str(m, "title"), str(m, "declaredLang"), str(m, "language"), shares, (int) num(m, "words"), numbers,
                str(m, "sha256"), str(m, "etag"), str(m, "lastModified"));
    }

    private static String str(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : String.valueOf(v);
    }

    private static long num(Map<?, ?> m, String key) {
        return m.get(key) instanceof Number n ? n.longValue() : 0;
    }
}
