package kz.govsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import kz.govsite.BrowserOptions;
import org.junit.jupiter.api.Test;

class ChromeArgumentsTest {
    @Test
    void everySwitchIsGivenOnceWithAReason() {
        var names = new HashSet<String>();
        for (var s : ChromeArguments.SWITCHES) {
            String name = s.flag().contains("=") ? s.flag().substring(0, s.flag().indexOf('=')) : s.flag();
            assertTrue(names.add(name), "given twice: " + name);
            assertFalse(s.why().isBlank(), "no reason for " + s.flag());
        }
    }

    @Test
    void aRootContainerCanStartItAndItStaysOffTheNetwork() {
        var args = ChromeArguments.of(BrowserOptions.defaults(), Map.of());
        for (String needed : new String[] {"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic"}) {
            assertTrue(args.contains(needed), needed);
        }
    }

    @Test
    void leavingTheBackgroundServiceSwitchesOutKeepsEveryNeededOne() {
        System.setProperty(ChromeArguments.QUIET_PROPERTY, "false");
        try {
            var args = ChromeArguments.of(BrowserOptions.defaults(), Map.of());
            for (var s : ChromeArguments.SWITCHES) assertEquals(s.needed(), args.contains(s.flag()), s.flag());
            assertTrue(args.contains("--force-color-profile=srgb"), "what the checks see stays the same");
        } finally {
            System.clearProperty(ChromeArguments.QUIET_PROPERTY);
        }
        assertTrue(ChromeArguments.of(BrowserOptions.defaults(), Map.of()).containsAll(ChromeArguments.BASE));
    }

    @Test
    void mappedHostsGoIntoOneResolverRuleInAStableOrder() {
        var args = ChromeArguments.of(BrowserOptions.defaults(),
                Map.of("site.test", "127.0.0.1:4000", "a.test", "127.0.0.1:5000"));
        assertEquals("--host-resolver-rules=MAP a.test 127.0.0.1:5000,MAP site.test 127.0.0.1:4000",
                args.stream().filter(a -> a.startsWith("--host-resolver-rules=")).findFirst().orElseThrow());
    }
}
