package kz.govsite.act;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.jsonldjava.core.JsonLdProcessor;
import com.github.jsonldjava.utils.JsonUtils;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.govsite.check.axe.AxeOptions;
import kz.govsite.BrowserOptions;
import kz.govsite.CrawlOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.SharedData;
import kz.govsite.testing.StaticFolderServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * govsite over every W3C ACT test case of the rules axe-core implements (and the two language
 * rules) in one run, scored the W3C way: no rule may fall below the level recorded in
 * {@code act-levels.tsv}. Writes the EARL implementation report and the comparison table under
 * {@code target/act/}. Skips when the shared data folder is not next to the project. About four
 * minutes on two cores, so it runs in its own profile: {@code mvn -B -Pact -pl rules test}.
 */
@Tag("act")
class ActConformanceBrowserTest {
    /** Every tag of the rules the ACT rules map to: experimental ones too (css-orientation-lock). */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag2aaa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice", "experimental");
    /** The languages the language cases are written in. */
    static final List<String> CASE_LANGUAGES = List.of("en", "nl", "da", "fr");
    static final String W3C_ROOT = "https://www.w3.org/";
    static final Set<String> REFRESH_CHECKS = Set.of("axe.meta-refresh", "axe.meta-refresh-no-exceptions");

    @Test
    void everyRuleKeepsTheConsistencyItHasReached() throws Exception {
        Path folder = SharedData.folder("act-rules").orElse(null);
        assumeTrue(folder != null, "skipped: the ACT test cases (../shared/data/act-rules) are not here");
        Browsers.requireChromium();
        var cases = ActSuite.cases(folder);
        var rules = ActSuite.rules(folder);
        Path out = Path.of("target", "act").toAbsolutePath();
        Report report;
        long start = System.nanoTime();
        try (var server = StaticFolderServer.start(folder)) {
            var config = GovsiteConfig.builder()
                    .startUrls(cases.stream().map(c -> server.url(c.file())).distinct().toList())
                    .checks(Set.of("axe", "language"))
                    .crawl(new CrawlOptions(2_000, 0, List.of(), List.of(), Set.of(), 0))
                    .browser(new BrowserOptions(null, null, null, 1280, 1024, Duration.ofSeconds(15), 2, List.of()))
                    .options(new AxeOptions(TAGS, List.of(), List.of(), List.of()))
                    .options(new LanguageOptions(CASE_LANGUAGES, List.of(), List.of(), false))
                    .report(new ReportOptions(out, Set.of("json"), "en"))
                    .failOn("none")
                    .build();
            report = SiteCheck.run(config, Progress.SILENT);
            var outcomes = outcomes(report, cases, rules, server.url(""));
            long seconds = (System.nanoTime() - start) / 1_000_000_000;
            var scores = new ArrayList<ActSuite.Score>();
            for (var rule : rules.values()) {
                var ofRule = cases.stream().filter(c -> c.rule().equals(rule.id())).toList();
                scores.add(ActSuite.score(rule, ofRule, outcomes.byCase()));
            }
            writeReports(out, scores, outcomes.earl(), report, seconds);
            checkEarl(out.resolve("govsite-earl.jsonld"), cases.size());
            assertNoRuleFellBelowItsLevel(scores);
        }
    }

    record Outcomes(Map<ActSuite.Case, String> byCase, Map<String, Map<String, String>> earl) {
    }

    /** Each case's outcome for its rule, and per page the outcome of each check that implements it. */
    static Outcomes outcomes(Report report, List<ActSuite.Case> cases, Map<String, ActSuite.Rule> rules, String base) {
        Map<String, PageResult> pages = report.pages().stream().collect(Collectors.toMap(PageResult::url, p -> p, (a, b) -> a));
        Map<String, List<Finding>> findings = report.findings().stream().collect(Collectors.groupingBy(Finding::url));
        var byCase = new LinkedHashMap<ActSuite.Case, String>();
        var earl = new LinkedHashMap<String, Map<String, String>>();
        for (var c : cases) {
            String url = base + c.file();
            var page = pages.get(url);
            var here = findings.getOrDefault(url, List.of());
            var perCheck = new TreeMap<String, String>();
            for (String check : rules.get(c.rule()).checks()) perCheck.put(check, outcome(page, here, check));
            earl.computeIfAbsent(W3C_ROOT + c.file(), k -> new TreeMap<>()).putAll(perCheck);
            byCase.put(c, combine(perCheck.values()));
        }
        return new Outcomes(byCase, earl);
    }

    /** One check on one page: failed, cantTell (to review), passed, inapplicable (not HTML) or untested. */
    static String outcome(PageResult page, List<Finding> here, String check) {
        if (page == null) return "untested";
        if (page.kind().equals("document")) return "inapplicable";
        // A page that sends the browser on at once (meta refresh 0) is recorded as a redirect: for
        // the refresh rules that is exactly a refresh without delay; for the others, nothing was checked.
        if (page.kind().equals("redirect") && REFRESH_CHECKS.contains(check)) return "passed";
        if (!page.isPage()) return "untested";
        String family = check.substring(0, check.indexOf('.'));
        boolean broke = here.stream().anyMatch(f -> f.check().startsWith("site.") && family.equals(f.evidence().get("check")));
        if (broke) return "untested";
        if (here.stream().anyMatch(f -> f.check().equals(check) && !f.needsReview())) return "failed";
        if (here.stream().anyMatch(f -> f.check().equals(check) && f.needsReview())) return "cantTell";
        // Where a page records that its language could not be told (page data language.verdict), the
        // language rules could not decide: cantTell, not passed.
        if (family.equals("language") && page.data().get("language") instanceof Map<?, ?> language
                && "undetermined".equals(language.get("verdict"))) {
            return "cantTell";
        }
        return "passed";
    }

    /** A rule implemented by several checks fails when one fails, as the W3C maps procedures. */
    static String combine(java.util.Collection<String> outcomes) {
        for (String o : List.of("failed", "cantTell", "untested", "passed", "inapplicable")) {
            if (outcomes.contains(o)) return o;
        }
        return "untested";
    }

    private static void writeReports(Path out, List<ActSuite.Score> scores, Map<String, Map<String, String>> earl,
                                     Report report, long seconds) throws Exception {
        Files.createDirectories(out);
        String axeVersion = String.valueOf(report.axe().get("version"));
        var json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(out.resolve("govsite-earl.jsonld"),
                json.writeValueAsString(EarlReport.of(earl, report.toolVersion(), axeVersion)), StandardCharsets.UTF_8);
        var md = new StringBuilder("| ACT rule | name | govsite | axe-core | Alfa | QualWeb | Equal Access | why not consistent |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        var counts = new TreeMap<String, Integer>();
        for (var s : scores) {
            md.append("| `").append(s.rule().id()).append("` | ").append(s.rule().name().replace("|", "\\|")).append(" | **")
                    .append(s.level().label()).append("** | ");
            for (String tool : ActSuite.TOOLS) md.append(s.rule().others().get(tool)).append(" | ");
            md.append(String.join("; ", s.problems()).replace("|", "\\|")).append(" |\n");
            counts.merge("govsite " + s.level().label(), 1, Integer::sum);
            for (String tool : ActSuite.TOOLS) counts.merge(tool + " " + s.rule().others().get(tool), 1, Integer::sum);
        }
        md.append("\nRun: ").append(report.summary().pages()).append(" pages in ").append(seconds).append(" s; ")
                .append(counts).append('\n');
        Files.writeString(out.resolve("act-table.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
    }

    /** The EARL report reads as JSON-LD: every case is a web page with assertions carrying EARL outcomes. */
    private static void checkEarl(Path file, int caseCount) throws Exception {
        Object expanded = JsonLdProcessor.expand(JsonUtils.fromString(Files.readString(file, StandardCharsets.UTF_8)));
        String earl = EarlReport.EARL;
        int pages = 0;
        int assertions = 0;
        for (Object node : (List<?>) expanded) {
            var n = (Map<?, ?>) node;
            if (!((List<?>) n.get("@type")).contains("https://schema.org/WebPage")) continue;
            pages++;
            var reverse = (Map<?, ?>) n.get("@reverse");
            for (Object a : (List<?>) reverse.get(earl + "subject")) {
                var assertion = (Map<?, ?>) a;
                assertEquals(List.of(earl + "Assertion"), assertion.get("@type"));
                var result = (Map<?, ?>) ((List<?>) assertion.get(earl + "result")).get(0);
                var outcome = (Map<?, ?>) ((List<?>) result.get(earl + "outcome")).get(0);
                assertTrue(String.valueOf(outcome.get("@id")).startsWith(earl), outcome.toString());
                assertions++;
            }
        }
        assertTrue(pages > caseCount * 9 / 10, pages + " pages of " + caseCount + " cases");
        assertTrue(assertions >= pages, assertions + " assertions");
    }

    private static void assertNoRuleFellBelowItsLevel(List<ActSuite.Score> scores) throws Exception {
        var recorded = new TreeMap<String, ActSuite.Level>();
        try (InputStream in = ActConformanceBrowserTest.class.getResourceAsStream("act-levels.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                recorded.put(c[0], ActSuite.Level.parse(c[1]));
            }
        }
        var fell = new ArrayList<String>();
        for (var s : scores) {
            var was = recorded.getOrDefault(s.rule().id(), ActSuite.Level.INCONSISTENT);
            if (s.level().compareTo(was) < 0) {
                fell.add(s.rule().id() + " " + was.label() + " -> " + s.level().label() + ": " + s.problems());
            }
        }
        long consistent = scores.stream().filter(s -> s.level() == ActSuite.Level.CONSISTENT).count();
        System.out.printf(Locale.ROOT, "govsite consistent on %d of %d ACT rules%n", consistent, scores.size());
        assertTrue(fell.isEmpty(), "rules below their recorded level: " + fell);
    }
}
