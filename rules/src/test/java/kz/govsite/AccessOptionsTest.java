package kz.govsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessOptionsTest {
    private static final AccessOptions BASIC = new AccessOptions(Map.of("X-Api-Key", "k-123456"),
            Map.of("consent", "yes-789"), "inspector", "pa55word!", null);

    @Test
    void sendsBasicAuthAndCookiesOverHttpButOnlyHeadersToTheBrowser() {
        assertEquals(Map.of("X-Api-Key", "k-123456", "Authorization", "Basic aW5zcGVjdG9yOnBhNTV3b3JkIQ==",
                "Cookie", "consent=yes-789"), BASIC.httpHeaders());
        assertEquals(Map.of("X-Api-Key", "k-123456", "Authorization", "Basic aW5zcGVjdG9yOnBhNTV3b3JkIQ=="),
                BASIC.browserHeaders());
    }

    @Test
    void masksEverySecretInTextAndDescribesNoValue() {
        assertEquals("login as inspector with **** and ****, token ****",
                BASIC.mask("login as inspector with pa55word! and k-123456, token aW5zcGVjdG9yOnBhNTV3b3JkIQ=="));
        var described = BASIC.describe().toString();
        for (String secret : List.of("pa55word!", "k-123456", "yes-789")) assertFalse(described.contains(secret), secret);
        assertEquals("basic", BASIC.describe().get("method"));
    }

    @Test
    void configRefusesALoginFormWithoutCredentialsOrSelectors() {
        var login = new AccessOptions.FormLogin("https://e.kz/login", "#u", "#p", "#go", "");
        var noUser = new AccessOptions(Map.of(), Map.of(), null, null, login);
        assertEquals("govsite.serverId", assertThrows(InvalidConfigException.class,
                () -> GovsiteConfig.builder().startUrl("https://e.kz/").access(noUser).build()).parameter());
        var noSuccess = new AccessOptions(Map.of(), Map.of(), "u", "p", login);
        assertEquals("govsite.login.successSelector: the login form needs this CSS selector",
                assertThrows(InvalidConfigException.class,
                        () -> GovsiteConfig.builder().startUrl("https://e.kz/").access(noSuccess).build()).getMessage());
        var badHeader = new AccessOptions(Map.of("Bad Header", "v"), Map.of(), null, null, null);
        assertEquals("govsite.headers: 'Bad Header' is not an HTTP header name", assertThrows(InvalidConfigException.class,
                () -> GovsiteConfig.builder().startUrl("https://e.kz/").access(badHeader).build()).getMessage());
    }

    @Test
    void configValidatesReportOptions() {
        var opts = ReportOptions.defaults(java.nio.file.Path.of("target"));
        assertEquals("govsite.reportLanguage: 'de' is not a report language: use kk, ru or en",
                assertThrows(InvalidConfigException.class, () -> GovsiteConfig.builder().startUrl("https://e.kz/")
                        .report(opts.withReportLanguage("de")).build()).getMessage());
        assertEquals("govsite.maxFindings.spelling", assertThrows(InvalidConfigException.class,
                () -> GovsiteConfig.builder().startUrl("https://e.kz/").report(opts.withThresholds(
                        new Thresholds(Map.of("spelling", 0), java.util.OptionalDouble.empty()))).build()).parameter());
        assertEquals("govsite.baseline: 'no/such/govsite-baseline.json' does not exist; write one with the govsite:baseline goal",
                assertThrows(InvalidConfigException.class, () -> GovsiteConfig.builder().startUrl("https://e.kz/")
                        .report(opts.withBaseline(java.nio.file.Path.of("no/such/govsite-baseline.json"))).build()).getMessage());
        assertEquals(java.util.Set.of("console", "json", "html", "junit"), opts.formats());
    }
}
