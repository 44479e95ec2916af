package kz.govsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import kz.govsite.AxeOptions;
import kz.govsite.GovsiteConfig;
import org.junit.jupiter.api.Test;

/** One fault, one finding: axe does not run the rules a language rule reports better. */
class CheckRegistryTest {
    private static GovsiteConfig config(Set<String> checks) {
        return GovsiteConfig.builder().startUrls(List.of("http://site.test/"))
                .axe(new AxeOptions(AxeOptions.DEFAULT_TAGS, List.of("region"), List.of(), List.of()))
                .checks(checks).build();
    }

    @Test
    void withTheLanguageCheckAxeLeavesHtmlLangValidToIt() {
        assertEquals(List.of("region", "html-lang-valid"),
                CheckRegistry.axeOptions(config(Set.of("axe", "language"))).disabledRules());
    }

    @Test
    void withoutItAxeRunsAsConfigured() {
        assertEquals(List.of("region"), CheckRegistry.axeOptions(config(Set.of("axe"))).disabledRules());
    }
}
