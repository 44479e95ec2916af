package kz.govsite.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/** The words of audit.html in one interface language: kk, ru or en (Russian when another is asked for). */
final class AuditText {
    static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    private final String language;
    private final Properties text;

    private AuditText(String language, Properties text) {
        this.language = language;
        this.text = text;
    }

    static AuditText of(String language) {
        String lang = LANGUAGES.contains(language) ? language : "ru";
        var p = new Properties();
        try (InputStream in = AuditText.class.getResourceAsStream("audit_" + lang + ".properties")) {
            if (in == null) throw new IllegalStateException("missing audit_" + lang + ".properties");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AuditText(lang, p);
    }

    String language() {
        return language;
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}} … replaced by the arguments, as given. */
    String get(String key, Object... args) {
        String s = text.getProperty(key);
        if (s == null) throw new IllegalArgumentException("no text '" + key + "' in " + language);
        for (int i = 0; i < args.length; i++) s = s.replace("{" + i + "}", String.valueOf(args[i]));
        return s;
    }
}
