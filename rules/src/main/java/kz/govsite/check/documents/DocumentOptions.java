package kz.govsite.check.documents;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import kz.govsite.InvalidConfigException;
import kz.govsite.OptionSet;

/**
 * Bounds of the documents check, read from the run's raw family options so that the family owns its
 * parameters: {@code govsite.maxDocuments}, {@code govsite.documents.maxBytes}, {@code .maxPages},
 * {@code .timeout}.
 *
 * @param maxDocuments at most this many documents are fetched and opened in a run
 * @param maxBytes     a document larger than this is not opened (reported as too large)
 * @param maxPages     pages of a PDF read at most; the rest is left unread (noted, no finding)
 * @param timeout      time to open and read one document, download excluded
 */
public record DocumentOptions(int maxDocuments, long maxBytes, int maxPages, Duration timeout) implements OptionSet {
    public static final String MAX_DOCUMENTS = "govsite.maxDocuments";
    public static final String MAX_BYTES = "govsite.documents.maxBytes";
    public static final String MAX_PAGES = "govsite.documents.maxPages";
    public static final String TIMEOUT = "govsite.documents.timeout";

    public static DocumentOptions defaults() {
        return new DocumentOptions(200, 20L * 1024 * 1024, 200, Duration.ofSeconds(20));
    }

    /** Reads the options from raw values by property name; a bad value names its parameter. */
    public static DocumentOptions parse(Map<String, String> options) {
        var d = defaults();
        int documents = (int) number(options, MAX_DOCUMENTS, d.maxDocuments(), 0);
        long bytes = bytes(options.get(MAX_BYTES), d.maxBytes());
        int pages = (int) number(options, MAX_PAGES, d.maxPages(), 1);
        long seconds = number(options, TIMEOUT, d.timeout().toSeconds(), 1);
        return new DocumentOptions(documents, bytes, pages, Duration.ofSeconds(seconds));
    }

    @Override
    public Map<String, String> values() {
        var m = new LinkedHashMap<String, String>();
        m.put(MAX_DOCUMENTS, String.valueOf(maxDocuments));
        m.put(MAX_BYTES, String.valueOf(maxBytes));
        m.put(MAX_PAGES, String.valueOf(maxPages));
        m.put(TIMEOUT, String.valueOf(timeout.toSeconds()));
        return m;
    }

    /** The options as report.json's {@code config} shows them. */
    public Map<String, Object> describe() {
        var m = new TreeMap<String, Object>();
        m.put("maxDocuments", maxDocuments);
        m.put("maxBytes", maxBytes);
        m.put("maxPages", maxPages);
        m.put("timeoutSeconds", timeout.toSeconds());
        return m;
    }

    private static long number(Map<String, String> options, String name, long fallback, long least) {
        String raw = options.get(name);
        if (raw == null || raw.isBlank()) return fallback;
        long value;
        try {
            value = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(name, "'" + raw + "' is not a whole number");
        }
        if (value < least || value > Integer.MAX_VALUE) {
            throw new InvalidConfigException(name, "must be at least " + least + ", was " + raw.strip());
        }
        return value;
    }

    /** {@code 20MB}, {@code 512KB}, or plain bytes. */
    static long bytes(String raw, long fallback) {
        if (raw == null || raw.isBlank()) return fallback;
        String v = raw.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        long unit = 1;
        if (v.endsWith("MB") || v.endsWith("M")) unit = 1024L * 1024;
        else if (v.endsWith("KB") || v.endsWith("K")) unit = 1024L;
        String digits = v.replaceAll("[A-Z]+$", "");
        try {
            long n = Long.parseLong(digits);
            if (n < 1) throw new NumberFormatException();
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidConfigException(MAX_BYTES, "'" + raw + "' is not a size such as 20MB, 512KB or 1000000");
        }
    }
}
