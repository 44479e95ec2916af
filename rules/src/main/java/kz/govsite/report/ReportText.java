package kz.govsite.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Message;

/**
 * The words of the human-readable reports in one language: kk, ru or en. The frame's labels live in
 * {@code report_<lang>.properties}; the texts of govsite's own findings, keyed {@code msg.<messageId>}
 * with named parameters, in {@code findings_<lang>.properties}.
 */
public final class ReportText {
    /** Prefix of a finding text's key in the catalogs. */
    public static final String MESSAGE = "msg.";
    /** {@code {name}}, or {@code {name:lang}} for a language code said as the language's name. */
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(:lang|:shares|:features)?\\}");
    private final String language;
    private final Properties texts;

    private ReportText(String language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The texts of a language; every language ships every key, so a missing one is a bug. */
    public static ReportText of(String language) {
        Properties texts = load("report_" + language + ".properties");
        texts.putAll(load("findings_" + language + ".properties"));
        texts.putAll(load("glance_" + language + ".properties"));
        texts.putAll(load("pictures_" + language + ".properties"));
        return new ReportText(language, texts);
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

    /**
     * A finding's message in this language: its text id's catalog entry with the parameters put in;
     * in English, and when the finding has no text id (axe's own rules) or the id is unknown.
     */
    public String message(Finding finding) {
        // English readers get the finding's own sentence, exactly as in report.json and the baseline.
        if (language.equals("en")) return finding.message();
        return message(finding.text()).orElse(finding.message());
    }

    /** The text of a message in this language, when the catalog has its id. */
    public java.util.Optional<String> message(Message text) {
        if (text.isEmpty() || !has(MESSAGE + text.id())) return java.util.Optional.empty();
        return java.util.Optional.of(fill(texts.getProperty(MESSAGE + text.id()), text.params()));
    }

    /** Replaces each {@code {name}} once, so a value that looks like a placeholder stays as it is. */
    String fill(String template, Map<String, String> params) {
        Matcher m = PARAM.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            String value = params.get(m.group(1));
            if (value != null && ":lang".equals(m.group(2))) value = languageName(value);
            if (value != null && ":shares".equals(m.group(2))) value = value.replace("undetermined", get("lang.undetermined"));
            if (value != null && ":features".equals(m.group(2))) value = features(value);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An evidence key («twin», «status») as a label in this language; the key itself when the catalog has none. */
    public String evidenceLabel(String key) {
        return has("evidence." + key) ? get("evidence." + key) : key;
    }

    /** «казахский» for {@code kk} in Russian; the code itself for a language the catalog does not name. */
    public String languageName(String code) {
        return has("lang." + code) ? get("lang." + code) : code;
    }

    /** «words 120/900, tables 0/2» with each feature named in this language: «слов: 120 из 900, …». */
    String features(String counts) {
        var out = new java.util.ArrayList<String>();
        for (String item : counts.split(", ")) {
            int space = item.lastIndexOf(' ');
            int slash = item.lastIndexOf('/');
            if (space < 0 || slash < space) {
                out.add(item);
                continue;
            }
            String key = "feature." + item.substring(0, space).replace(' ', '-');
            String name = has(key) ? get(key) : item.substring(0, space);
            out.add(get("feature.count", name, item.substring(space + 1, slash), item.substring(slash + 1)));
        }
        return String.join(", ", out);
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
