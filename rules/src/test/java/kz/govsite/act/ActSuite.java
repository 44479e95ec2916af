package kz.govsite.act;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C ACT rules test cases (cases.tsv, rules.tsv of the shared data folder, never copied into
 * the project) and how the W3C scores an implementation on them.
 */
final class ActSuite {
    /** One test case: where it is, its rule, what the rule says of it. */
    record Case(String file, String rule, String expected, String kind, String title) {
    }

    /**
     * One ACT rule: the govsite findings that implement it (axe rules as {@code axe.<id>}, our own by
     * their id) and the consistency the W3C reports give the other tools, by tool name.
     */
    record Rule(String id, String name, List<String> checks, Map<String, String> others) {
    }

    /** How consistent a tool is with a rule; the order is worst first. */
    enum Level {
        INCONSISTENT, PARTIAL, CONSISTENT;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Level parse(String s) {
            return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** A rule's level and the cases that keep it from consistent. */
    record Score(Rule rule, Level level, int cases, List<String> problems) {
    }

    static final List<String> TOOLS = List.of("axe-core", "alfa", "qualweb", "equal-access");

    private ActSuite() {
    }

    static List<Case> cases(Path folder) throws IOException {
        var out = new ArrayList<Case>();
        for (String line : Files.readAllLines(folder.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (c[0].equals("file")) continue;
            out.add(new Case(c[0], c[1], c[2], c[5], c[6]));
        }
        return out;
    }

    static Map<String, Rule> rules(Path folder) throws IOException {
        var out = new LinkedHashMap<String, Rule>();
        for (String line : Files.readAllLines(folder.resolve("rules.tsv"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (c[0].equals("ruleId")) continue;
            var checks = new java.util.ArrayList<String>();
            for (String id : c[3].split(",")) {
                String axeRule = id.strip();
                checks.add(axeRule.contains(".") ? axeRule : "axe." + axeRule);
                // An axe rule govsite reports under a language id of its own is that id's rule too.
                String own = kz.govsite.check.language.LanguageCheck.AXE_RULES_COVERED.get(axeRule);
                if (own != null) checks.add(own);
            }
            var others = new LinkedHashMap<String, String>();
            for (int i = 0; i < TOOLS.size(); i++) others.put(TOOLS.get(i), c[4 + i]);
            out.put(c[0], new Rule(c[0], c[1], List.copyOf(checks), others));
        }
        return out;
    }

    /**
     * The W3C's judgement, as its implementation reports give it: a passed or inapplicable example
     * reported failed, or a failed example reported passed or inapplicable, is inconsistent;
     * cantTell on a failed example is allowed. Consistent needs every case tested and at least one
     * failed example reported failed; short of that (untested cases, only cantTell) it is partial.
     *
     * @param outcomes each case's outcome: failed, passed, inapplicable, cantTell or untested
     */
    static Score score(Rule rule, List<Case> cases, Map<Case, String> outcomes) {
        var problems = new ArrayList<String>();
        boolean inconsistent = false;
        boolean partial = false;
        boolean anyFailedFound = false;
        for (Case c : cases) {
            String got = outcomes.getOrDefault(c, "untested");
            boolean failedExample = c.expected().equals("failed");
            if (failedExample && got.equals("failed")) {
                anyFailedFound = true;
            } else if (!failedExample && got.equals("failed")) {
                inconsistent = true;
                problems.add(c.title() + " (" + c.expected() + ") reported failed");
            } else if (failedExample && (got.equals("passed") || got.equals("inapplicable"))) {
                inconsistent = true;
                problems.add(c.title() + " (failed) reported " + got);
            } else if (got.equals("untested")) {
                partial = true;
                problems.add(c.title() + " (" + c.expected() + ") untested");
            } else if (failedExample) {
                problems.add(c.title() + " (failed) cantTell");
            }
        }
        if (!anyFailedFound) {
            partial = true;
            problems.add("no failed example reported failed");
        }
        Level level = inconsistent ? Level.INCONSISTENT : partial ? Level.PARTIAL : Level.CONSISTENT;
        return new Score(rule, level, cases.size(), problems);
    }
}
