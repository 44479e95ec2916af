package kz.govsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import kz.govsite.check.axe.AxeOptions;
import kz.govsite.GovsiteConfig;
import org.junit.jupiter.api.Test;
import kz.govsite.browser.AxeRun;
import kz.govsite.check.axe.AxeFamily;
import kz.govsite.check.documents.DocumentSource;

/** One fault, one finding: axe does not run the rules a language rule reports better. */
class CheckRegistryTest {
    private static GovsiteConfig config(Set<String> checks) {
        return GovsiteConfig.builder().startUrls(List.of("http://site.test/"))
                .options(new AxeOptions(AxeOptions.DEFAULT_TAGS, List.of("region"), List.of(), List.of()))
                .checks(checks).build();
    }

    private static AxeRun axeRun(GovsiteConfig config) {
        return AxeFamily.run(CheckRegistry.setup(config, DocumentSource.NONE));
    }

    @Test
    void withTheLanguageCheckAxeLeavesHtmlLangValidToIt() {
        assertEquals(List.of("region", "html-lang-valid"),
                axeRun(config(Set.of("axe", "language"))).disabledRules());
    }

    @Test
    void withoutItAxeRunsAsConfigured() {
        assertEquals(List.of("region"), axeRun(config(Set.of("axe"))).disabledRules());
    }
}
