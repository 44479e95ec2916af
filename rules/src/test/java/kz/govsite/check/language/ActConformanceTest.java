package kz.govsite.check.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.page.PageSnapshot;
import kz.govsite.testing.SharedData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the W3C ACT test cases of the language rules (read from the shared data folder, never copied
 * into the project) through {@link LanguageCheck} and scores each rule the way ACT implementation
 * reports do: a failed example must come out failed (cantTell counts as partly consistent); a passed
 * or inapplicable example must not come out failed.
 *
 * <p>We report findings, not outcomes: a case with no finding of the rule is "inapplicable" when the
 * rule has nothing to look at (not HTML, no lang, no text under the lang), "cantTell" when the rule
 * needs language detection and the text it would judge is too short or too close to call, else "passed".
 */
class ActConformanceTest {
    /** ACT rule id → our finding id. The deprecated 5b7ae0 (lang vs xml:lang) is not implemented. */
    private static final Map<String, String> RULES = Map.of(
            "b5c3f8", HtmlLangMissing.ID,
            "bf051a", HtmlLangInvalid.ID,
            "de46e4", ElementLangInvalid.ID,
            "ucwvc8", HtmlLangMismatch.ID,
            "off6ek", ElementLangMismatch.ID);
    /** The languages the cases are written in; the rules only judge languages they were built for. */
    private static final List<String> CASE_LANGUAGES = List.of("en", "nl", "da", "fr");

    record Case(String file, String rule, String expected) {
    }

    record Score(String rule, int cases, int consistent, int cantTell, List<String> inconsistent) {
    }

    static Path folder;
    static LanguageCheck check;
    static LanguageGuesser guesser;

    @BeforeAll
    static void locate() {
        folder = SharedData.folder("act-lang").orElse(null);
        if (folder == null) return;
        guesser = new KazakhAwareGuesser(LinguaGuesser.of(CASE_LANGUAGES), false);
        check = new LanguageCheck(guesser, new LanguageOptions(CASE_LANGUAGES, List.of(), List.of(), false));
    }

    @Test
    void everyApplicableRuleIsConsistentWithTheActTestCases() throws IOException {
        assumeTrue(folder != null, "skipped: the ACT test cases (../shared/data/act-lang) are not here");
        var byRule = new TreeMap<String, List<Case>>();
        for (String line : Files.readAllLines(folder.resolve("index.tsv"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (c[0].equals("file") || !RULES.containsKey(c[1])) continue;
            byRule.computeIfAbsent(c[1], k -> new ArrayList<>()).add(new Case(c[0], c[1], c[3]));
        }
        assertEquals(RULES.keySet(), byRule.keySet(), "every implemented rule has test cases");
        var scores = new ArrayList<Score>();
        for (var e : byRule.entrySet()) scores.add(score(e.getKey(), e.getValue()));

        System.out.println("ACT language rules (case: expected -> ours):");
        System.out.println("rule    cases  consistent  cantTell  inconsistent");
        for (Score s : scores) {
            System.out.printf(Locale.ROOT, "%-7s %5d  %10d  %8d  %12d %s%n", s.rule(), s.cases(), s.consistent(),
                    s.cantTell(), s.inconsistent().size(), s.inconsistent());
        }
        for (Score s : scores) {
            assertTrue(s.inconsistent().isEmpty(), s.rule() + " inconsistent on " + s.inconsistent());
        }
        // The rules without language detection must answer every case exactly.
        for (Score s : scores) {
            if (List.of("b5c3f8", "bf051a", "de46e4").contains(s.rule())) {
                assertEquals(s.cases(), s.consistent(), s.rule() + " needs no detection: all cases exact");
            }
        }
    }

    private static Score score(String rule, List<Case> cases) throws IOException {
        int consistent = 0;
        int cantTell = 0;
        var inconsistent = new ArrayList<String>();
        for (Case c : cases) {
            String outcome = outcome(c);
            System.out.println("  " + c.file() + ": " + c.expected() + " -> " + outcome);
            boolean ok = c.expected().equals("failed") ? outcome.equals("failed") : !outcome.equals("failed");
            if (ok) consistent++;
            else if (c.expected().equals("failed") && outcome.equals("cantTell")) cantTell++;
            else inconsistent.add(c.file() + " expected " + c.expected() + " got " + outcome);
        }
        return new Score(rule, cases.size(), consistent, cantTell, inconsistent);
    }

    private static String outcome(Case c) throws IOException {
        String source = Files.readString(folder.resolve(c.file()), StandardCharsets.UTF_8);
        String url = "http://act.test/" + c.file();
        String type = contentType(c.file());
        var doc = Jsoup.parse(source, url);
        var html = doc.selectFirst("html");
        var snapshot = new PageSnapshot(url, url, 200, type, doc.title(), html == null ? "" : html.attr("lang"),
                source, doc.select("a[href]").eachAttr("abs:href"));
        if (!type.startsWith("text/html") && !type.startsWith("application/xhtml")) {
            assertTrue(check.judge(snapshot).isEmpty(), c.file() + " is not HTML: no findings");
            return "inapplicable";
        }
        boolean failed = check.judge(snapshot).stream().anyMatch(f -> f.check().equals(RULES.get(c.rule())));
        if (failed) return "failed";
        PageLanguage page = PageLanguage.analyze(snapshot, guesser, List.of());
        return switch (c.rule()) {
            case "bf051a" -> page.declared().isBlank() ? "inapplicable" : "passed";
            case "de46e4" -> page.blocks().stream().anyMatch(TextBlock::isMarked) ? "passed" : "inapplicable";
            case "ucwvc8" -> !page.declared().isValid() ? "inapplicable"
                    : page.shares(PageLanguage::inheritsFromHtml).majority().isEmpty() ? "cantTell" : "passed";
            case "off6ek" -> page.blocks().stream().noneMatch(b -> b.isMarked() && new LanguageTag(b.declaredLang()).isValid())
                    ? "inapplicable"
                    : LanguageShares.of(page.judged(TextBlock::isMarked).stream().filter(ElementLangMismatch::clearEnough)
                    .toList()).majority().isEmpty() ? "cantTell" : "passed";
            default -> "passed";
        };
    }

    private static String contentType(String file) {
        if (file.endsWith(".svg")) return "image/svg+xml";
        if (file.endsWith(".xml")) return "application/xml";
        if (file.endsWith(".xhtml")) return "application/xhtml+xml";
        return "text/html";
    }
}
