package kz.govsite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.govsite.OptionSet;
import kz.govsite.check.axe.AxeOptions;
import kz.govsite.check.documents.DocumentOptions;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.check.lowvision.LowVisionOptions;
import org.junit.jupiter.api.Test;

/**
 * Every option a family reads is a parameter of the plugin, with the family's default, and reaches
 * the family: read from the plugin descriptor Maven itself uses, so a family option added without
 * its parameter, or a parameter whose default drifted from the family's, fails here.
 */
class FamilyParametersTest {
    /** A goal's configuration line: {@code <field implementation="type" default-value="x">${property}</field>}. */
    private static final Pattern CONFIGURED = Pattern.compile(
            "<(\\w+) implementation=\"[^\"]+\"(?: default-value=\"([^\"]*)\")?>\\$\\{([^}]+)}</\\1>");

    /** A parameter of the check goal: its field and its default, by property. */
    private record Parameter(String field, String defaultValue) {
    }

    private static final List<OptionSet> SAMPLES = List.of(
            new AxeOptions(List.of("wcag2a", "best-practice"), List.of("region"), List.of("main"), List.of(".ad")),
            new LowVisionOptions("a.bvi-open", 18, 2.5, 800, List.of("color-contrast"), false, true, "all"),
            new LanguageOptions(List.of("kk", "ru"), List.of(".ticker"), List.of("/rus/ <-> /kaz/"), true),
            new DocumentOptions(12, 3_000_000, 40, Duration.ofSeconds(7)));

    @Test
    void everyFamilyOptionIsAParameterWithTheFamilysDefault() throws IOException {
        Map<String, Parameter> parameters = checkGoalParameters();
        var defaults = new HashMap<String, String>();
        for (OptionSet sample : SAMPLES) {
            for (String property : sample.values().keySet()) {
                Parameter p = parameters.get(property);
                assertNotNull(p, property + " has no parameter in the plugin");
                if (p.defaultValue() != null) defaults.put(property, p.defaultValue());
            }
        }
        assertEquals(AxeOptions.defaults(), AxeOptions.of(defaults));
        assertEquals(LowVisionOptions.defaults(), LowVisionOptions.of(defaults));
        assertEquals(LanguageOptions.defaults(), LanguageOptions.of(defaults));
        assertEquals(DocumentOptions.defaults(), DocumentOptions.parse(defaults));
    }

    @Test
    void everyFamilyOptionReachesItsFamily() throws Exception {
        Map<String, Parameter> parameters = checkGoalParameters();
        var mojo = Mojos.check("https://www.example.gov.kz/ru/");
        for (OptionSet sample : SAMPLES) {
            sample.values().forEach((property, value) -> set(mojo, parameters.get(property).field(), value));
        }
        var options = mojo.toConfig().options();
        assertEquals(SAMPLES.get(0), AxeOptions.of(options));
        assertEquals(SAMPLES.get(1), LowVisionOptions.of(options));
        assertEquals(SAMPLES.get(2), LanguageOptions.of(options));
        assertEquals(SAMPLES.get(3), DocumentOptions.parse(options));
    }

    private static Map<String, Parameter> checkGoalParameters() throws IOException {
        String descriptor;
        try (InputStream in = FamilyParametersTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertNotNull(in, "the plugin descriptor is generated before the tests run");
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int check = descriptor.indexOf("<goal>check</goal>");
        assertTrue(check >= 0, "the descriptor has the check goal");
        int start = descriptor.indexOf("<configuration>", check);
        String configuration = descriptor.substring(start, descriptor.indexOf("</configuration>", start));
        var out = new HashMap<String, Parameter>();
        var m = CONFIGURED.matcher(configuration);
        while (m.find()) out.put(m.group(3), new Parameter(m.group(1), m.group(2)));
        return out;
    }

    /** Sets a parameter's field as Maven would from a property's text. */
    private static void set(Object mojo, String name, String text) {
        try {
            Field field = field(mojo.getClass(), name);
            field.setAccessible(true);
            Class<?> type = field.getType();
            Object value;
            if (type == List.class) value = List.of(text);
            else if (type == int.class || type == Integer.class) value = Integer.parseInt(text);
            else if (type == double.class || type == Double.class) value = Double.parseDouble(text);
            else if (type == boolean.class || type == Boolean.class) value = Boolean.parseBoolean(text);
            else value = text;
            field.set(mojo, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(name + ": " + e, e);
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(name);
    }
}
