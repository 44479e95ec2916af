package kz.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Message;
import kz.govsite.finding.Severity;
import org.junit.jupiter.api.Test;

/** Every text of the reports exists in kk, ru and en, using only the parameters the English text has. */
class FindingTextCatalogTest {
    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*|\\d+)(?::lang|:shares|:features)?\\}");

    @Test
    void everyIdHasATextInEveryLanguage() {
        for (String catalog : List.of("findings_", "report_", "glance_", "pictures_")) {
            Set<String> en = keys(catalog + "en");
            assertFalse(en.isEmpty(), catalog);
            for (String language : LANGUAGES) {
                Set<String> other = keys(catalog + language);
                var missing = new TreeSet<>(en);
                missing.removeAll(other);
                var extra = new TreeSet<>(other);
                extra.removeAll(en);
                assertEquals(Set.of(), missing, catalog + language + " lacks texts");
                assertEquals(Set.of(), extra, catalog + language + " has texts English lacks");
            }
        }
    }

    @Test
    void everyTranslationUsesOnlyTheEnglishTextsParameters() {
        for (String catalog : List.of("findings_", "report_", "glance_", "pictures_")) {
            Properties en = ReportText.load(catalog + "en.properties");
            for (String language : List.of("kk", "ru")) {
                Properties other = ReportText.load(catalog + language + ".properties");
                for (String key : en.stringPropertyNames()) {
                    assertFalse(other.getProperty(key).isBlank(), language + " " + key);
                    // A translation may leave out an English-only value (axe's English help), never invent one.
                    Set<String> unknown = params(other.getProperty(key));
                    unknown.removeAll(params(en.getProperty(key)));
                    assertEquals(Set.of(), unknown, language + " " + key);
                }
            }
        }
    }

    @Test
    void findingTextsAreMessageIdsOfGovsiteFamilies() {
        for (String key : keys("findings_en")) {
            assertTrue(key.matches("msg\\.(lowvision|language|parity|documents|site|axe)\\.[a-z0-9.-]+"), key);
        }
    }

    @Test
    void rendersTheParametersOnceAndFallsBackToTheEnglishSentence() {
        var f = Finding.onPage("lowvision.return-ineffective", Severity.SERIOUS, "https://x.gov.kz/",
                "clicking «{control}» did nothing").withText("lowvision.return-ineffective", "control", "{control}");
        assertEquals("Нажатие на «{control}» в версии для слабовидящих не вернуло обычную версию",
                ReportText.of("ru").message(f), "a value that looks like a placeholder stays as it is");
        assertEquals(f.message(), ReportText.of("en").message(f), "English readers get the finding's own sentence");
        var axe = Finding.onPage("axe.region", Severity.MODERATE, "https://x.gov.kz/", "Ensure all page content is contained by landmarks");
        assertEquals(axe.message(), ReportText.of("kk").message(axe));
        var unknown = axe.withText(Message.of("site.no-such-text"));
        assertEquals(axe.message(), ReportText.of("kk").message(unknown));
    }

    @Test
    void theTextIsNoPartOfTheFingerprint() {
        var f = Finding.onPage("lowvision.return-missing", Severity.SERIOUS, "https://x.gov.kz/ru/", "no way back");
        assertEquals(f.fingerprint(), f.withText("lowvision.return-missing").fingerprint());
        assertEquals(f.fingerprint(), f.withText("lowvision.return-missing").withSeverity(Severity.MINOR).fingerprint());
        assertEquals(Map.of("a", "1"), f.withText("x.y", "a", 1).withEvidence(Map.of("k", "v")).text().params());
    }

    private static Set<String> keys(String name) {
        return new TreeSet<>(ReportText.load(name + ".properties").stringPropertyNames());
    }

    private static Set<String> params(String text) {
        var out = new TreeSet<String>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
