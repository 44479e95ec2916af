package kz.govsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.ProtectedSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crawls sites that demand basic auth, a login form, or a header and a cookie; secrets stay out of every output. */
@Tag("browser")
class AccessBrowserTest {
    @TempDir
    Path out;
    private final List<String> log = new ArrayList<>();
    private final Progress progress = new Progress() {
        @Override public void info(String message) { log.add(message); }

        @Override public void warn(String message) { log.add(message); }
    };

    @BeforeAll
    static void needsChromium() {
        Browsers.requireChromium();
    }

    private Report run(ProtectedSite site, AccessOptions access) throws Exception {
        var config = GovsiteConfig.builder()
                .startUrl(site.url("/"))
                .checks(Set.of("axe"))
                .failOn("none")
                .access(access)
                .report(ReportOptions.defaults(out).withFormats(ReportOptions.KNOWN_FORMATS))
                .build();
        return SiteCheck.run(config, progress);
    }

    private static List<String> checkedTitles(Report report) {
        return report.pages().stream().filter(PageResult::isPage).map(PageResult::title).sorted().toList();
    }

    /** Every file written and every log line: none may hold a secret. */
    private void assertNoSecretIn(String... secrets) throws Exception {
        var texts = new ArrayList<String>(log);
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.toString().endsWith(".png")) texts.add(Files.readString(f));
            }
        }
        assertTrue(texts.size() > 5, "reports and log lines were written");
        for (String secret : secrets) {
            for (String text : texts) assertFalse(text.contains(secret), "a secret leaked: " + secret);
        }
    }

    @Test
    void basicAuthReachesEveryPage() throws Exception {
        try (var site = ProtectedSite.start(ProtectedSite.Mode.BASIC)) {
            var report = run(site, new AccessOptions(Map.of(), Map.of(), ProtectedSite.USER, ProtectedSite.PASSWORD, null));
            assertEquals(List.of("Внутренняя страница", "Закрытый раздел"), checkedTitles(report));
            assertEquals(0, site.refused(), "neither the crawler nor the browser was turned away");
            assertNoSecretIn(ProtectedSite.PASSWORD);
            String json = Files.readString(out.resolve("report.json"));
            assertTrue(json.contains("\"password\" : \"****\""), "the config says a password was given, masked");
        }
    }

    @Test
    void aLoginFormIsFilledOnceAndItsSessionServesTheCrawl() throws Exception {
        try (var site = ProtectedSite.start(ProtectedSite.Mode.FORM)) {
            var login = new AccessOptions.FormLogin(site.url("/login"), "#user", "#pass", "#go", "#account");
            var report = run(site, new AccessOptions(Map.of(), Map.of(), ProtectedSite.USER, ProtectedSite.PASSWORD, login));
            assertEquals(List.of("Внутренняя страница", "Закрытый раздел"), checkedTitles(report));
            assertEquals(1, site.logins());
            assertEquals(1, site.refused(), "only the reachability probe before the login is turned away");
            assertNoSecretIn(ProtectedSite.PASSWORD);
        }
    }

    @Test
    void aLoginThatFailsStopsTheRunSayingWhy() throws Exception {
        try (var site = ProtectedSite.start(ProtectedSite.Mode.FORM)) {
            var login = new AccessOptions.FormLogin(site.url("/login"), "#user", "#pass", "#go", "#account");
            var config = GovsiteConfig.builder().startUrl(site.url("/")).checks(Set.of("axe"))
                    .browser(new BrowserOptions(null, null, null, 1280, 1024, java.time.Duration.ofSeconds(3), 1, List.of()))
                    .access(new AccessOptions(Map.of(), Map.of(), ProtectedSite.USER, "wrong-password-77", login))
                    .report(ReportOptions.defaults(out)).build();
            var e = assertThrows(GovsiteException.class, () -> SiteCheck.run(config, progress));
            assertEquals("the login at " + site.url("/login") + " did not succeed: nothing matched "
                    + "govsite.login.successSelector '#account' within 3 s of submitting; check the credentials "
                    + "of govsite.serverId", e.getMessage());
            assertFalse(String.join("\n", log).contains("wrong-password-77"));
        }
    }

    @Test
    void headersAndCookiesGoWithEveryRequest() throws Exception {
        try (var site = ProtectedSite.start(ProtectedSite.Mode.HEADER_AND_COOKIE)) {
            var report = run(site, new AccessOptions(Map.of("X-Api-Key", ProtectedSite.API_KEY),
                    Map.of("consent", ProtectedSite.CONSENT), null, null, null));
            assertEquals(List.of("Внутренняя страница", "Закрытый раздел"), checkedTitles(report));
            assertNoSecretIn(ProtectedSite.API_KEY, ProtectedSite.CONSENT);
        }
    }
}
