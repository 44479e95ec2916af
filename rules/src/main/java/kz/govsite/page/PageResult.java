package kz.govsite.page;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outcome of visiting one URL, for report.json's {@code pages}.
 *
 * @param url      the URL visited (normalised)
 * @param status   HTTP status of the main document, 0 when no response came
 * @param kind     {@code page} (rendered and checked), {@code document} (non-HTML, recorded only),
 *                 {@code redirect}, or {@code error}
 * @param title    the page title, or empty
 * @param lang     the declared {@code <html lang>}, or empty
 * @param loadMs   time to fetch and render
 * @param checkMs  time spent in checks
 * @param error    why the page could not be checked, or empty
 * @param data     per-check facts (e.g. {@code lowVision}), plain values only
 */
public record PageResult(String url, int status, String kind, String title, String lang, long loadMs,
                         long checkMs, String error, Map<String, Object> data) {
    public PageResult {
        Objects.requireNonNull(url);
        Objects.requireNonNull(kind);
        title = title == null ? "" : title;
        lang = lang == null ? "" : lang;
        error = error == null ? "" : error;
        data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(data));
    }

    /** The same result with one more data entry. */
    public PageResult withData(String key, Object value) {
        var more = new TreeMap<>(data);
        more.put(key, value);
        return new PageResult(url, status, kind, title, lang, loadMs, checkMs, error, more);
    }

    public boolean isPage() {
        return kind.equals("page");
    }
}
