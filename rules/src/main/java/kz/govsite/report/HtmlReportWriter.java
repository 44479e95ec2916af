package kz.govsite.report;

import static kz.govsite.internal.Html.esc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.govsite.check.CheckFamily;
import kz.govsite.check.Families;
import kz.govsite.finding.Baseline;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.internal.Html;
import kz.govsite.page.PageResult;
import kz.govsite.report.glance.GlanceHtml;
import kz.govsite.report.pictures.ReportPictures;

/**
 * Writes {@code report.html}: one self-contained page (inline style and script, no network) with
 * the site at a glance and the verdict on top (with a card from each check family that has one),
 * findings grouped by rule across pages (with their pictures), the low-vision screenshots, the check
 * families' sections (language twins, documents) and every page, in Kazakh, Russian or English.
 * Everything taken from a page is escaped,
 * and a Content-Security-Policy lets only the report's own script run.
 */
public final class HtmlReportWriter implements ReportWriter {
    public static final String FILE_NAME = "report.html";
    private static final String WCAG_UNDERSTANDING = "https://www.w3.org/WAI/WCAG22/Understanding/";
    private static final java.util.Properties WCAG = ReportText.load("wcag-understanding.properties");

    private static final String STYLE = """
            :root { color: #1a1a1a; background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
            body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; }
            h1 { font-size: 1.6rem; margin: .5rem 0; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid #d0d0d0; }
            a { color: #0645ad; } a:focus, summary:focus, select:focus, input:focus, pre:focus { outline: 3px solid #0645ad; outline-offset: 2px; }
            .verdict { padding: .75rem 1rem; border-radius: 6px; font-weight: 600; }
            .verdict.pass { background: #dcfce7; color: #14532d; } .verdict.fail { background: #fee2e2; color: #7f1d1d; }
            .cards { display: flex; flex-wrap: wrap; gap: 1rem; }
            .cards > section { flex: 1 1 20rem; border: 1px solid #d0d0d0; border-radius: 6px; padding: .5rem 1rem; }
            .cards h3 { font-size: 1.05rem; margin: .25rem 0 .5rem; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
            th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid #e0e0e0; }
            td.n, th.n { text-align: right; }
            .sev { display: inline-block; padding: 0 .5rem; border-radius: 4px; font-size: .9rem; font-weight: 600; }
            .sev.critical { background: #fde2e1; color: #7f1d1d; } .sev.serious { background: #fdebd3; color: #7c2d12; }
            .sev.moderate { background: #fef9c3; color: #713f12; } .sev.minor { background: #e0f2fe; color: #0c4a6e; }
            .badge { display: inline-block; padding: 0 .4rem; border: 1px solid #555; border-radius: 4px; font-size: .85rem; }
            details.rule { border: 1px solid #d0d0d0; border-radius: 6px; margin: .75rem 0; }
            details.rule > summary { cursor: pointer; padding: .6rem .75rem; min-height: 1.5rem; }
            details.rule > div { padding: 0 .75rem .75rem; }
            code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9rem; overflow-wrap: anywhere; }
            pre { background: #f5f5f5; color: #1a1a1a; padding: .5rem; overflow: auto; max-width: 100%; white-space: pre-wrap; margin: 0; }
            ul.pages { margin: 0; padding-left: 1.2rem; } ul.pages li { margin: .3rem 0; overflow-wrap: anywhere; }
            .filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; }
            .filters label { display: flex; flex-direction: column; font-weight: 600; }
            .filters select, .filters input { font: inherit; min-height: 2rem; padding: .2rem .4rem; }
            figure { display: inline-block; margin: .5rem 1rem .5rem 0; } figure img { max-width: 22rem; border: 1px solid #999; }
            .muted { color: #4a4a4a; }
            .glance .headline { font-size: 1.15rem; font-weight: 600; } .glance td code { overflow-wrap: normal; } .pictures { display: flex; flex-wrap: wrap; } figure img { height: auto; }
            footer { margin-top: 3rem; color: #4a4a4a; font-size: .9rem; }
            """;

    private static final String SCRIPT = """
            (function () {
              var severity = document.getElementById('f-severity');
              var check = document.getElementById('f-check');
              var page = document.getElementById('f-page');
              function apply() {
                var s = severity.value, c = check.value, p = page.value.trim().toLowerCase();
                document.querySelectorAll('[data-rule]').forEach(function (group) {
                  var match = (!s || group.getAttribute('data-severity') === s) && (!c || group.getAttribute('data-rule') === c);
                  var any = false;
                  group.querySelectorAll('[data-pages]').forEach(function (row) {
                    var hit = !p || row.getAttribute('data-pages').toLowerCase().indexOf(p) >= 0;
                    row.hidden = !hit;
                    if (hit) any = true;
                  });
                  group.hidden = !(match && any);
                });
              }
              [severity, check, page].forEach(function (el) {
                el.addEventListener('input', apply);
                el.addEventListener('change', apply);
              });
            })();
            """;

    private final List<CheckFamily> families;

    /** A writer with the built-in check families' cards and sections. */
    public HtmlReportWriter() {
        this(Families.BUILT_IN);
    }

    /** A writer with these families' cards and sections, in their order. */
    public HtmlReportWriter(List<CheckFamily> families) {
        this.families = List.copyOf(families);
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public Path write(Report report, Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve(FILE_NAME);
        String language = report.config().get("reportLanguage") instanceof String l ? l : "ru";
        AtomicFiles.write(file, toHtml(report, ReportText.of(language), families).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    public static String toHtml(Report report, ReportText t) {
        return toHtml(report, t, Families.BUILT_IN);
    }

    public static String toHtml(Report report, ReportText t, List<CheckFamily> families) {
        var h = new StringBuilder(64 * 1024);
        var pictures = ReportPictures.of(report);
        String axeVersion = report.axe().get("version") instanceof String v ? v : "-";
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(t.language())).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' data: file:; ")
                .append("style-src '").append(sha256(STYLE)).append("'; script-src '").append(sha256(SCRIPT)).append("'\">\n")
                .append("<title>").append(esc(t.get("title"))).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>").append(esc(t.get("title"))).append("</h1>\n<p class=\"muted\">")
                .append(esc(t.get("generated", report.startedAt().toString().replace('T', ' ').replaceAll("\\.\\d+", ""),
                        report.toolVersion(), axeVersion)))
                .append("</p>\n</header>\n<main>\n");
        h.append(GlanceHtml.html(report, t));
        verdict(h, report, t, families);
        filters(h, report, t);
        Set<String> ruleHelp = Families.withRuleHelpMessages(families);
        findings(h, report, t, report.findings().stream().filter(f -> !f.needsReview()).toList(), "grouped", ruleHelp,
                pictures);
        // axe's "needs review" on its own, for people to work through: it is not a list of defects.
        findings(h, report, t, report.findings().stream().filter(Finding::needsReview).toList(), "review", ruleHelp,
                pictures);
        h.append(pictures.lowVisionSection(report, t));
        for (CheckFamily family : families) h.append(family.htmlSection(report, t));
        pages(h, report, t);
        h.append("</main>\n<footer><p>").append(esc(t.get("reports.footer"))).append("</p></footer>\n");
        h.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void verdict(StringBuilder h, Report report, ReportText t, List<CheckFamily> families) {
        var v = report.verdict();
        h.append("<section aria-labelledby=\"verdict\">\n<h2 id=\"verdict\">").append(esc(t.get("verdict"))).append("</h2>\n")
                .append("<p class=\"verdict ").append(v.fails() ? "fail" : "pass").append("\">")
                .append(esc(t.get(v.fails() ? "verdict.fail" : "verdict.pass"))).append("</p>\n<p>")
                .append(esc(v.threshold().isEmpty() ? t.get("verdict.failon.none")
                        : t.get("verdict.failing", v.failing().size(), severityName(t, v.threshold().get().label()))))
                .append("</p>\n");
        if (!v.breaches().isEmpty()) {
            h.append("<h3>").append(esc(t.get("verdict.breaches"))).append("</h3>\n<ul>");
            v.breaches().forEach(b -> h.append("<li>").append(esc(VerdictText.limit(b, t))).append("</li>"));
            h.append("</ul>\n");
        }
        // The build log's line is English; the lines above already say it in the report's language.
        if (t.language().equals("en")) h.append("<p class=\"muted\"><code>").append(esc(v.summary())).append("</code></p>\n");
        if (!v.notes().isEmpty()) {
            h.append("<h3>").append(esc(t.get("notes"))).append("</h3>\n<ul>");
            v.notes().forEach(n -> h.append("<li>").append(esc(VerdictText.limit(n, t))).append("</li>"));
            h.append("</ul>\n");
        }
        h.append("<p>").append(esc(t.get("pages"))).append(": <strong>").append(report.summary().pages())
                .append("</strong>. ").append(esc(t.get("findings"))).append(": <strong>")
                .append(report.summary().findings()).append("</strong>.</p>\n<div class=\"cards\">\n");

        h.append("<section aria-labelledby=\"by-severity\"><h3 id=\"by-severity\">").append(esc(t.get("by.severity")))
                .append("</h3>\n<table><thead><tr><th scope=\"col\">").append(esc(t.get("severity")))
                .append("</th><th scope=\"col\" class=\"n\">").append(esc(t.get("count"))).append("</th></tr></thead><tbody>");
        report.summary().bySeverity().forEach((s, n) -> h.append("<tr><td><span class=\"sev ").append(esc(s)).append("\">")
                .append(esc(severityName(t, s))).append("</span></td><td class=\"n\">").append(n).append("</td></tr>"));
        h.append("</tbody></table></section>\n");

        h.append("<section aria-labelledby=\"by-check\"><h3 id=\"by-check\">").append(esc(t.get("by.check")))
                .append("</h3>\n<table><thead><tr><th scope=\"col\">").append(esc(t.get("check")))
                .append("</th><th scope=\"col\" class=\"n\">").append(esc(t.get("count"))).append("</th></tr></thead><tbody>");
        report.summary().byCheck().forEach((c, n) -> h.append("<tr><td><code>").append(esc(c)).append("</code></td><td class=\"n\">")
                .append(n).append("</td></tr>"));
        h.append("</tbody></table></section>\n");

        for (CheckFamily family : families) h.append(family.htmlCard(report, t));

        v.baseline().ifPresent(b -> {
            h.append("<section aria-labelledby=\"baseline\"><h3 id=\"baseline\">").append(esc(t.get("baseline"))).append("</h3><p>")
                    .append(esc(t.get("baseline.counts", b.fresh().size(), b.known().size(), b.fixedCount()))).append("</p>");
            if (b.notRecheckedCount() > 0) {
                h.append("<p>").append(esc(t.get("baseline.unchecked", b.notRecheckedCount()))).append("</p>");
            }
            if (!b.fixed().isEmpty()) {
                h.append("<h4>").append(esc(t.get("baseline.fixed"))).append("</h4><ul class=\"pages\">");
                for (Baseline.Entry e : b.fixed()) {
                    h.append("<li><code>").append(esc(e.check())).append("</code> — ").append(link(e.url()))
                            .append(e.count() > 1 ? " ×" + e.count() : "").append("</li>");
                }
                h.append("</ul>");
            }
            h.append("</section>\n");
        });
        if (!report.suppressions().isEmpty()) {
            h.append("<section aria-labelledby=\"suppressions\"><h3 id=\"suppressions\">").append(esc(t.get("suppressions")))
                    .append("</h3><ul>");
            report.suppressions().forEach(c -> h.append("<li><code>").append(esc(c.suppression().describe())).append("</code>")
                    .append(c.suppression().reason().isEmpty() ? "" : " (" + esc(c.suppression().reason()) + ")")
                    .append(": ").append(c.findings()).append("</li>"));
            h.append("</ul></section>\n");
        }
        h.append("</div>\n</section>\n");
    }

    private static void filters(StringBuilder h, Report report, ReportText t) {
        h.append("<section aria-labelledby=\"filters\">\n<h2 id=\"filters\">").append(esc(t.get("filters"))).append("</h2>\n<div class=\"filters\">")
                .append("<label for=\"f-severity\">").append(esc(t.get("filter.severity")))
                .append("<select id=\"f-severity\"><option value=\"\">").append(esc(t.get("filter.all"))).append("</option>");
        for (Severity s : Severity.values()) {
            h.append("<option value=\"").append(s.label()).append("\">").append(esc(severityName(t, s.label()))).append("</option>");
        }
        h.append("</select></label><label for=\"f-check\">").append(esc(t.get("filter.check")))
                .append("<select id=\"f-check\"><option value=\"\">").append(esc(t.get("filter.all"))).append("</option>");
        report.findings().stream().map(Finding::check).distinct().sorted()
                .forEach(c -> h.append("<option value=\"").append(esc(c)).append("\">").append(esc(c)).append("</option>"));
        h.append("</select></label><label for=\"f-page\">").append(esc(t.get("filter.page")))
                .append("<input id=\"f-page\" type=\"search\" autocomplete=\"off\"></label></div>\n</section>\n");
    }

    /** One element (selector and snippet) and the pages it is on. */
    record Occurrence(String selector, String snippet, List<Finding> findings) {
    }

    private static void findings(StringBuilder h, Report report, ReportText t, List<Finding> shown, String id,
                                 Set<String> ruleHelp, ReportPictures pictures) {
        h.append("<section aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id).append("\">")
                .append(esc(t.get(id))).append("</h2>\n");
        if (t.has(id + ".intro")) h.append("<p>").append(esc(t.get(id + ".intro"))).append("</p>\n");
        if (shown.isEmpty()) h.append("<p>").append(esc(t.get(id + ".none"))).append("</p>\n");
        var known = report.verdict().baseline().map(b -> Set.copyOf(b.known()));
        Map<String, List<Finding>> byRule = shown.stream()
                .collect(Collectors.groupingBy(Finding::check, TreeMap::new, Collectors.toList()));
        var rules = new ArrayList<>(byRule.entrySet());
        rules.sort(Comparator.<Map.Entry<String, List<Finding>>, Severity>comparing(e -> worst(e.getValue()))
                .thenComparing(e -> -e.getValue().stream().map(Finding::url).distinct().count())
                .thenComparing(Map.Entry::getKey));
        int n = 0;
        for (var rule : rules) {
            n++;
            List<Finding> fs = rule.getValue();
            Finding first = fs.get(0);
            Severity worst = worst(fs);
            long pages = fs.stream().map(Finding::url).distinct().count();
            // govsite's own texts come from its catalogs; an axe rule's help from axe's locales.
            var help = first.text().isEmpty() ? RuleHelp.of(rule.getKey(), t.language(), first.message())
                    : new RuleHelp.Help(t.message(first), "");
            h.append("<details class=\"rule\" data-rule=\"").append(esc(rule.getKey())).append("\" data-severity=\"")
                    .append(worst.label()).append("\">\n<summary><span class=\"sev ").append(worst.label()).append("\">")
                    .append(esc(severityName(t, worst.label()))).append("</span> <code>").append(esc(rule.getKey()))
                    .append("</code> — ").append(esc(help.text()));
            if (!help.fallback().isEmpty()) h.append(" <span class=\"muted\">").append(esc(t.get(help.fallback()))).append("</span>");
            h.append(" — <strong>").append(esc(t.get("on.pages", pages))).append("</strong></summary>\n<div>\n");
            // An axe rule's message is its English help: shown only where the help is in English too.
            if (!ruleHelp.contains(first.family()) || !help.fallback().isEmpty() && !help.text().equals(first.message())) {
                h.append("<p>").append(esc(t.message(first))).append("</p>\n");
            }
            var links = new ArrayList<String>();
            String helpUrl = Html.safeHref(first.helpUrl());
            if (helpUrl != null) links.add("<a href=\"" + esc(helpUrl) + "\">" + esc(t.get("help")) + " (" + esc(rule.getKey()) + ")</a>");
            for (String c : first.wcag()) {
                String slug = WCAG.getProperty(c);
                String url = slug == null ? "https://www.w3.org/WAI/WCAG22/quickref/" : WCAG_UNDERSTANDING + slug + ".html";
                links.add("<a href=\"" + esc(url) + "\">WCAG " + esc(c) + "</a>");
            }
            if (!links.isEmpty()) h.append("<p>").append(String.join(" · ", links)).append("</p>\n");
            var occurrences = occurrences(fs);
            h.append("<p>").append(esc(t.get("elements", occurrences.size()))).append("</p>\n<table><thead><tr><th scope=\"col\">")
                    .append(esc(t.get("element"))).append("</th><th scope=\"col\">").append(esc(t.get("pages.list")))
                    .append("</th></tr></thead><tbody>\n");
            for (Occurrence o : occurrences) {
                String pagesAttr = o.findings().stream().map(Finding::url).distinct().collect(Collectors.joining("\n"));
                h.append("<tr data-pages=\"").append(esc(pagesAttr)).append("\"><td>");
                if (!o.selector().isEmpty()) h.append("<code>").append(esc(o.selector())).append("</code>");
                if (!o.snippet().isEmpty()) {
                    h.append("<pre tabindex=\"0\" aria-label=\"").append(esc(t.get("snippet"))).append("\"><code>")
                            .append(esc(o.snippet())).append("</code></pre>");
                }
                screenshots(h, o.findings().get(0), t);
                h.append(pictures.forOccurrence(o.findings(), t));
                h.append("</td><td><ul class=\"pages\">");
                for (Finding f : o.findings()) {
                    h.append("<li>").append(link(f.url()));
                    known.ifPresent(k -> h.append(" <span class=\"badge\">").append(esc(t.get(k.contains(f) ? "known" : "new"))).append("</span>"));
                    if (!t.message(f).equals(t.message(first))) h.append("<br>").append(esc(t.message(f)));
                    var evidence = new TreeMap<>(f.evidence());
                    evidence.keySet().removeIf(key -> key.toLowerCase(Locale.ROOT).endsWith("screenshot"));
                    if (!evidence.isEmpty()) {
                        h.append("<br><span class=\"muted evidence\">");
                        h.append(evidence.entrySet().stream().map(e -> esc(t.evidenceLabel(e.getKey())) + ": " + esc(e.getValue()))
                                .collect(Collectors.joining("; ")));
                        h.append("</span>");
                    }
                    h.append("</li>");
                }
                h.append("</ul></td></tr>\n");
            }
            h.append("</tbody></table>\n</div>\n</details>\n");
        }
        h.append("</section>\n");
    }

    /** Normal and low-vision screenshots side by side, from the finding's evidence. */
    private static void screenshots(StringBuilder h, Finding f, ReportText t) {
        String normal = Html.safeRelativePath(f.evidence().get("screenshot"));
        String lowVision = Html.safeRelativePath(f.evidence().get("lowVisionScreenshot"));
        if (normal == null && lowVision == null) return;
        h.append("<div>");
        if (normal != null) figure(h, normal, t.get("screenshot.normal"));
        if (lowVision != null) figure(h, lowVision, t.get("screenshot.lowvision"));
        h.append("</div>");
    }

    private static void figure(StringBuilder h, String path, String caption) {
        h.append("<figure><a href=\"").append(esc(path)).append("\"><img src=\"").append(esc(path)).append("\" alt=\"")
                .append(esc(caption)).append("\"></a><figcaption>").append(esc(caption)).append("</figcaption></figure>");
    }

    static List<Occurrence> occurrences(List<Finding> findings) {
        var byElement = new LinkedHashMap<String, List<Finding>>();
        for (Finding f : findings) {
            String key = f.selector() + "\u001f" + f.snippet().strip().replaceAll("\\s+", " ");
            byElement.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        var out = new ArrayList<Occurrence>();
        byElement.values().forEach(fs -> out.add(new Occurrence(fs.get(0).selector(), fs.get(0).snippet(), fs)));
        out.sort(Comparator.comparingInt((Occurrence o) -> -o.findings().size()));
        return out;
    }

    private static void pages(StringBuilder h, Report report, ReportText t) {
        Map<String, Long> counts = report.findings().stream().collect(Collectors.groupingBy(Finding::url, Collectors.counting()));
        h.append("<section aria-labelledby=\"all-pages\">\n<h2 id=\"all-pages\">").append(esc(t.get("pages.table")))
                .append("</h2>\n<table><thead><tr><th scope=\"col\">").append(esc(t.get("page.url")))
                .append("</th><th scope=\"col\" class=\"n\">").append(esc(t.get("page.status"))).append("</th><th scope=\"col\">")
                .append(esc(t.get("page.title"))).append("</th><th scope=\"col\" class=\"n\">").append(esc(t.get("page.findings")))
                .append("</th></tr></thead><tbody>\n");
        for (PageResult p : report.pages()) {
            h.append("<tr><td>").append(link(p.url())).append("</td><td class=\"n\">").append(p.status()).append("</td><td>")
                    .append(esc(p.title().isEmpty() ? p.error() : p.title())).append("</td><td class=\"n\">")
                    .append(counts.getOrDefault(p.url(), 0L)).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    private static String link(String url) {
        return HtmlLinks.link(url);
    }

    private static Severity worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElse(Severity.MINOR);
    }

    private static String severityName(ReportText t, String label) {
        return t.get("severity." + label);
    }

    /** A CSP source for an inline block: 'sha256-…' of its exact text. */
    static String sha256(String inline) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
