package kz.govsite.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What an axe rule asks for, in the report's language: axe-core's own Russian texts for ru, our
 * Kazakh summaries for kk (falling back to Russian, marked as such), axe's English for en.
 */
public final class RuleHelp {
    private static final JsonNode RUSSIAN = loadRussian();
    private static final Properties KAZAKH = ReportText.load("axe-help_kk.properties");

    private RuleHelp() {
    }

    /**
     * A rule's help text.
     *
     * @param text      the help in the language asked for, or in the fallback language
     * @param fallback  empty when {@code text} is in the language asked for; else the report text key
     *                  that says which language it is ({@code in.russian}, {@code in.english})
     */
    public record Help(String text, String fallback) {
    }

    /** The help for a check id; {@code english} is axe's own English help (the finding's message). */
    public static Help of(String check, String language, String english) {
        if (!check.startsWith("axe.")) return new Help(english, "");
        String rule = check.substring("axe.".length());
        if (language.equals("en")) return new Help(english, "");
        if (language.equals("kk") && KAZAKH.getProperty(rule) != null) return new Help(KAZAKH.getProperty(rule), "");
        String ru = RUSSIAN.path("rules").path(rule).path("help").asText("");
        if (!ru.isEmpty()) return new Help(ru, language.equals("ru") ? "" : "in.russian");
        return new Help(english, "in.english");
    }

    /** Whether our Kazakh summaries cover a rule. */
    public static boolean hasKazakh(String rule) {
        return KAZAKH.getProperty(rule) != null;
    }

    /** Whether axe-core's Russian locale covers a rule. */
    public static boolean hasRussian(String rule) {
        return !RUSSIAN.path("rules").path(rule).path("help").asText("").isEmpty();
    }

    private static JsonNode loadRussian() {
        try (InputStream in = RuleHelp.class.getResourceAsStream("axe-help_ru.json")) {
            if (in == null) throw new IllegalStateException("missing resource kz/govsite/report/axe-help_ru.json");
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
