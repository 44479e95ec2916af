package kz.govsite.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The words of the human-readable reports in one language: kk, ru or en. */
public final class ReportText {
    private final String language;
    private final Properties texts;

    private ReportText(String language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The texts of a language; every language ships every key, so a missing one is a bug. */
    public static ReportText of(String language) {
        return new ReportText(language, load("report_" + language + ".properties"));
    }

    public String language() {
        return language;
    }

    /** Whether the language has a text for {@code key}. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}} … replaced by the arguments. */
    public String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) throw new IllegalArgumentException("no report text '" + key + "' in " + language);
        for (int i = 0; i < args.length; i++) text = text.replace("{" + i + "}", String.valueOf(args[i]));
        return text;
    }

    static Properties load(String resource) {
        try (InputStream in = ReportText.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource kz/govsite/report/" + resource);
            var p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
