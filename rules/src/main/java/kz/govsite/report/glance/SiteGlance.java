package kz.govsite.report.glance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.govsite.finding.BaselineComparison;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageResult;

/**
 * The site at a glance: how bad (failures on how many pages), where (per section of the site),
 * which pages are worst, and what fixing the top three rules would remove. Items to review are left
 * out: they are not defects yet.
 *
 * @param pages      pages checked
 * @param findings   failures
 * @param pagesHit   pages with at least one failure
 * @param sections   every section with a failure, most failures first
 * @param worst      the worst pages, at most {@link #WORST}
 * @param topRules   the rules with the most failures, at most {@link #TOP}
 * @param removed    failures the top rules account for
 * @param cleared    pages whose every failure is of a top rule
 * @param baseline   new and fixed since the baseline, when one was given
 */
public record SiteGlance(int pages, int findings, int pagesHit, List<Section> sections, List<PageRow> worst,
                         List<RuleRow> topRules, int removed, int cleared, Optional<Since> baseline) {
    public static final int WORST = 5;
    public static final int TOP = 3;
    /** First path segments that name a language: the section is then the segment after it too. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*([^?#]*)");
    private static final Set<String> LANGUAGE_SEGMENTS = Set.of("kk", "kz", "ru", "en", "kaz", "rus", "eng", "qaz");

    /** One part of the site, by its path prefix. */
    public record Section(String prefix, int pages, int pagesHit, int findings, int severe, int fresh) {
    }

    /** One page and its failures by severity. */
    public record PageRow(String url, int findings, Map<Severity, Integer> bySeverity) {
    }

    /** One rule, its worst severity, its failures and pages. */
    public record RuleRow(String check, Severity worst, int findings, int pages, Finding first) {
    }

    /** Since the baseline: failures new today (by rule, most first) and fixed. */
    public record Since(int fresh, int fixed, Map<String, Integer> freshByRule) {
    }

    public static SiteGlance of(List<PageResult> results, List<Finding> all, Optional<BaselineComparison> comparison) {
        List<Finding> failures = all.stream().filter(f -> !f.needsReview()).toList();
        Set<Finding> fresh = comparison.map(c -> Set.copyOf(c.fresh())).orElse(Set.of());
        List<String> checked = results.stream().filter(PageResult::isPage).map(PageResult::url).toList();
        Map<String, List<Finding>> byPage = failures.stream()
                .collect(Collectors.groupingBy(Finding::url, LinkedHashMap::new, Collectors.toList()));

        var pagesPerSection = new TreeMap<String, Set<String>>();
        checked.forEach(u -> pagesPerSection.computeIfAbsent(section(u), k -> new HashSet<>()).add(u));
        byPage.keySet().forEach(u -> pagesPerSection.computeIfAbsent(section(u), k -> new HashSet<>()).add(u));
        var sections = new ArrayList<Section>();
        pagesPerSection.forEach((prefix, urls) -> {
            List<Finding> fs = urls.stream().flatMap(u -> byPage.getOrDefault(u, List.of()).stream()).toList();
            if (fs.isEmpty()) return;
            int hit = (int) urls.stream().filter(byPage::containsKey).count();
            int severe = (int) fs.stream().filter(f -> f.severity().atLeast(Severity.SERIOUS)).count();
            int isNew = (int) fs.stream().filter(fresh::contains).count();
            sections.add(new Section(prefix, urls.size(), hit, fs.size(), severe, isNew));
        });
        sections.sort(Comparator.comparingInt((Section s) -> -s.findings()).thenComparing(Section::prefix));

        var worst = new ArrayList<PageRow>();
        byPage.forEach((url, fs) -> {
            var counts = new TreeMap<Severity, Integer>();
            fs.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
            worst.add(new PageRow(url, fs.size(), counts));
        });
        // Worst first: the most critical, then the most serious, … then the most failures.
        Comparator<PageRow> bySeverity = Comparator.comparing(PageRow::url);
        for (Severity s : List.of(Severity.MINOR, Severity.MODERATE, Severity.SERIOUS, Severity.CRITICAL)) {
            Comparator<PageRow> before = bySeverity;
            bySeverity = Comparator.<PageRow>comparingInt(p -> -p.bySeverity().getOrDefault(s, 0)).thenComparing(before);
        }
        worst.sort(bySeverity);

        Map<String, List<Finding>> byRule = failures.stream()
                .collect(Collectors.groupingBy(Finding::check, TreeMap::new, Collectors.toList()));
        var rules = new ArrayList<RuleRow>();
        byRule.forEach((check, fs) -> rules.add(new RuleRow(check,
                fs.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElse(Severity.MINOR),
                fs.size(), (int) fs.stream().map(Finding::url).distinct().count(), fs.get(0))));
        rules.sort(Comparator.comparingInt((RuleRow r) -> -r.findings()).thenComparing(RuleRow::worst)
                .thenComparing(RuleRow::check));
        List<RuleRow> top = List.copyOf(rules.subList(0, Math.min(TOP, rules.size())));
        Set<String> topIds = top.stream().map(RuleRow::check).collect(Collectors.toSet());
        int removed = top.stream().mapToInt(RuleRow::findings).sum();
        int cleared = (int) byPage.values().stream().filter(fs -> fs.stream().allMatch(f -> topIds.contains(f.check()))).count();

        Optional<Since> since = comparison.map(c -> {
            var freshByRule = new LinkedHashMap<String, Integer>();
            c.fresh().stream().filter(f -> !f.needsReview())
                    .collect(Collectors.groupingBy(Finding::check, TreeMap::new, Collectors.summingInt(f -> 1)))
                    .entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> freshByRule.put(e.getKey(), e.getValue()));
            return new Since((int) c.fresh().stream().filter(f -> !f.needsReview()).count(), c.fixedCount(), freshByRule);
        });
        return new SiteGlance(checked.size(), failures.size(), byPage.size(), List.copyOf(sections),
                List.copyOf(worst.subList(0, Math.min(WORST, worst.size()))), top, removed, cleared, since);
    }

    /**
     * The section a URL belongs to: its first folder ({@code /news/}), or its first two when the
     * first names a language ({@code /ru/news/}, {@code /kz/about/}); {@code /} for the top.
     */
    public static String section(String url) {
        // Read as text, not java.net.URI: addresses with Cyrillic or unencoded characters have sections too.
        var m = ADDRESS.matcher(url == null ? "" : url);
        if (!m.find()) return "/";
        String path = m.group(1);
        if (path.isEmpty()) return "/";
        String[] parts = path.split("/", -1);
        // The last part is a file (or empty after a trailing slash): only folders make sections.
        var folders = new ArrayList<String>();
        for (int i = 1; i < parts.length - 1; i++) if (!parts[i].isEmpty()) folders.add(parts[i]);
        if (folders.isEmpty()) return "/";
        int depth = LANGUAGE_SEGMENTS.contains(folders.get(0).toLowerCase(Locale.ROOT)) ? 2 : 1;
        return "/" + String.join("/", folders.subList(0, Math.min(depth, folders.size()))) + "/";
    }
}
