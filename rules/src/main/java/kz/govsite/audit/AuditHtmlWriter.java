package kz.govsite.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.govsite.internal.Html;
import kz.govsite.report.AtomicFiles;

/**
 * Writes {@code audit.html}: one self-contained page (no external files or scripts) with the
 * ranking, lowest overall score first, each score's change since the previous audit, a trend line
 * per site, and a small script that sorts the table by any column. Every text taken from the
 * registry or the sites is escaped.
 */
final class AuditHtmlWriter implements AuditWriter {
    static final String FILE_NAME = "audit.html";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final List<ScoreKind> SCORES = List.of(ScoreKind.OVERALL, ScoreKind.ACCESSIBILITY,
            ScoreKind.LOW_VISION, ScoreKind.PARITY);

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.4}
            header,main,footer{max-width:1200px;margin:0 auto;padding:0 1rem}
            h1{font-size:1.6rem;margin:1.2rem 0 .6rem}
            h2{font-size:1.2rem;margin:1.4rem 0 .4rem}
            dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 .8rem}
            dl.meta dt{font-weight:600}dl.meta dd{margin:0}
            .verdict{padding:.5rem .8rem;border-left:4px solid #1d5e2c;background:#eef7f0}
            .verdict.fails{border-color:#a31d12;background:#fdecea}
            .table{overflow-x:auto}
            table{border-collapse:collapse;width:100%;font-size:.95rem}
            th,td{padding:.45rem .5rem;border-bottom:1px solid #d0d0d0;text-align:left;vertical-align:top}
            thead th{background:#f2f2f2;vertical-align:bottom}
            th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:#1b1b1b;text-decoration:underline dotted}
            th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
            td.num{text-align:right;white-space:nowrap}
            .score{display:inline-block;min-width:3.2em;padding:.05rem .3rem;border-radius:3px;font-weight:600;text-align:right}
            .low{background:#fde2e1;color:#7d1a12}.mid{background:#fff1c2;color:#5c4300}.high{background:#dff3e4;color:#1a5428}
            .na{color:#595959}
            .delta{display:block;font-size:.85rem}.up{color:#1d6b32}.down{color:#a31d12}.same{color:#595959}
            .error{color:#a31d12;font-weight:400;margin:.3rem 0 0;max-width:40em}
            .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
            svg.trend polyline{fill:none;stroke:#1f4e9e;stroke-width:2}svg.trend circle{fill:#1f4e9e}
            svg.trend .grid{stroke:#d0d0d0;stroke-width:1}
            small.id{color:#595959}
            ul.formulas{padding-left:1.2rem}
            footer{margin:1.5rem auto;color:#595959;font-size:.9rem}
            """;

    // Sorts by each cell's data-sort; empty values (n/a, not audited) stay at the bottom either way.
    private static final String SCRIPT = """
            (function () {
              var table = document.getElementById('ranking');
              var heads = table.tHead.rows[0].cells;
              Array.prototype.forEach.call(heads, function (th, col) {
                var button = th.querySelector('button');
                if (!button) return;
                button.addEventListener('click', function () {
                  var asc = th.getAttribute('aria-sort') !== 'ascending';
                  Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
                  th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
                  var body = table.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = a.cells[col].getAttribute('data-sort') || '';
                    var y = b.cells[col].getAttribute('data-sort') || '';
                    if (x === '' || y === '') return x === y ? 0 : (x === '' ? 1 : -1);
                    var nx = Number(x), ny = Number(y);
                    var c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
                    return asc ? c : -c;
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
            })();
            """;

    @Override
    public String name() {
        return "html";
    }

    @Override
    public Path write(AuditResult result, Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve(FILE_NAME);
        AtomicFiles.write(file, render(result).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    static String render(AuditResult r) {
        AuditText t = AuditText.of(r.reportLanguage());
        var b = new StringBuilder(16_384);
        b.append("<!doctype html>\n<html lang=\"").append(t.language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.esc(t.get("title") + " \u2014 " + WHEN.format(r.auditedAt()))).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n<header>\n<h1>").append(Html.esc(t.get("title")))
                .append("</h1>\n");
        meta(b, r, t);
        b.append("</header>\n<main>\n");
        verdict(b, r, t);
        b.append("<p>").append(Html.esc(t.get("worstFirst"))).append("</p>\n");
        table(b, r, t);
        formulas(b, t);
        b.append("</main>\n<footer><p>").append(Html.esc(t.get("generatedBy", r.toolVersion()))).append(" \u00b7 ")
                .append(Html.esc(t.get("scoreVersion", ScoreCard.SCORE_VERSION))).append("</p></footer>\n<script>\n")
                .append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void meta(StringBuilder b, AuditResult r, AuditText t) {
        b.append("<dl class=\"meta\">\n");
        item(b, t.get("auditedAt"), WHEN.format(r.auditedAt()));
        item(b, t.get("sitesCount"), String.valueOf(r.ranking().size()));
        item(b, t.get("checks"), String.join(", ", r.checks()));
        var weights = new ArrayList<String>();
        for (ScoreKind k : SCORES) {
            if (k != ScoreKind.OVERALL) weights.add(t.get(k.key()) + " " + AuditVerdict.number(r.settings().weights().of(k)));
        }
        item(b, t.get("weights"), String.join(", ", weights));
        b.append("</dl>\n<p>").append(Html.esc(r.previousAudit() == null ? t.get("noPrevious")
                : t.get("previous", WHEN.format(r.previousAudit())))).append("</p>\n");
    }

    private static void item(StringBuilder b, String term, String value) {
        b.append("<dt>").append(Html.esc(term)).append("</dt><dd>").append(Html.esc(value)).append("</dd>\n");
    }

    private static void verdict(StringBuilder b, AuditResult r, AuditText t) {
        AuditVerdict v = r.verdict();
        String text;
        if (v.failBelow().isEmpty() && !v.failOnError()) {
            text = t.get("verdictNone");
        } else if (!v.fails()) {
            text = t.get("verdictPassed", v.failBelow().isPresent() ? AuditVerdict.number(v.failBelow().getAsDouble()) : "");
        } else {
            text = t.get("verdictFailed", v.failBelow().isPresent() ? AuditVerdict.number(v.failBelow().getAsDouble()) : "",
                    String.join("; ", v.reasons()));
        }
        b.append("<p class=\"verdict").append(v.fails() ? " fails" : "").append("\">").append(Html.esc(text))
                .append("</p>\n");
    }

    private static void table(StringBuilder b, AuditResult r, AuditText t) {
        b.append("<div class=\"table\" role=\"region\" aria-label=\"").append(Html.esc(t.get("title")))
                .append("\" tabindex=\"0\">\n<table id=\"ranking\">\n<thead><tr>");
        sortable(b, t.get("rank"), " aria-sort=\"ascending\"");
        sortable(b, t.get("site"), "");
        for (ScoreKind k : SCORES) sortable(b, t.get(k.key()), "");
        sortable(b, t.get("pages"), "");
        sortable(b, t.get("findings"), "");
        b.append("<th scope=\"col\">").append(Html.esc(t.get("trend"))).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        for (RankedSite s : r.ranking()) row(b, s, t);
        b.append("</tbody>\n</table>\n</div>\n");
    }

    private static void sortable(StringBuilder b, String label, String attributes) {
        b.append("<th scope=\"col\"").append(attributes).append("><button type=\"button\">").append(Html.esc(label))
                .append("</button></th>");
    }

    private static void row(StringBuilder b, RankedSite s, AuditText t) {
        SiteResult r = s.result();
        String name = r.site().name(t.language());
        b.append("<tr id=\"site-").append(Html.esc(r.site().id())).append("\">");
        b.append("<td class=\"num\" data-sort=\"").append(s.rank() == null ? "" : s.rank()).append("\">")
                .append(s.rank() == null ? "\u2014" : s.rank()).append("</td>");
        b.append("<th scope=\"row\" data-sort=\"").append(Html.esc(name)).append("\">").append(Html.esc(name))
                .append("<br><small class=\"id\">").append(Html.esc(r.site().id())).append("</small>");
        if (!r.reportLink().isEmpty()) {
            b.append(" \u00b7 <a href=\"").append(Html.esc(r.reportLink())).append("\">")
                    .append(Html.esc(t.get("report"))).append("<span class=\"sr\"> ").append(Html.esc(name))
                    .append("</span></a>");
        }
        if (!r.reportLink().isEmpty() && r.report() != null) {
            // The agency's own report, in both state languages, for the ministry to send on.
            for (String language : AgencyReports.LANGUAGES) {
                b.append(" \u00b7 <a href=\"").append(Html.esc(AgencyReports.link(r.reportLink(), language)))
                        .append("\" hreflang=\"").append(language).append("\" lang=\"").append(language).append("\">")
                        .append(language.equals("kk") ? "Қазақша" : "Русский").append("<span class=\"sr\"> ")
                        .append(Html.esc(r.site().name(language))).append("</span></a>");
            }
        }
        if (!r.isScored()) {
            // Under the name, not in a column of its own: the reason is what the reader needs about this site.
            b.append("<p class=\"error\"><strong>").append(Html.esc(t.get("notAudited"))).append("</strong>: ")
                    .append(Html.esc(r.error())).append("</p>");
        }
        b.append("</th>");
        for (ScoreKind k : SCORES) scoreCell(b, s, k, t);
        b.append("<td class=\"num\" data-sort=\"").append(r.report() == null ? "" : r.pages()).append("\">")
                .append(r.report() == null ? "\u2014" : r.pages()).append("</td>");
        b.append("<td class=\"num\" data-sort=\"").append(r.report() == null ? "" : r.findings()).append("\">")
                .append(r.report() == null ? "\u2014" : r.findings()).append("</td>");
        b.append("<td>").append(TrendChart.svg(s.trend(), t.get("trendOf"))).append("</td>");
        b.append("</tr>\n");
    }

    private static void scoreCell(StringBuilder b, RankedSite s, ScoreKind kind, AuditText t) {
        SiteResult r = s.result();
        if (!r.isScored()) {
            b.append("<td class=\"num\" data-sort=\"\">\u2014</td>");
            return;
        }
        Score score = r.scores().get(kind);
        Double value = score.rounded();
        if (value == null) {
            b.append("<td class=\"num\" data-sort=\"\"><span class=\"na\" title=\"").append(Html.esc(score.note()))
                    .append("\">").append(Html.esc(t.get("na"))).append("</span></td>");
            return;
        }
        String band = value < 50 ? "low" : value < 75 ? "mid" : "high";
        b.append("<td class=\"num\" data-sort=\"").append(value).append("\"><span class=\"score ").append(band)
                .append("\">").append(value).append("</span>");
        Double change = s.change(kind);
        if (change != null) {
            String cls = change > 0 ? "up" : change < 0 ? "down" : "same";
            String arrow = change > 0 ? "\u25B2 " : change < 0 ? "\u25BC " : "";
            b.append("<span class=\"delta ").append(cls).append("\"><span aria-hidden=\"true\">").append(arrow)
                    .append("</span><span class=\"sr\">").append(Html.esc(t.get("change"))).append(": </span>")
                    .append(signed(change)).append("</span>");
        }
        b.append("</td>");
    }

    static String signed(double change) {
        String v = String.format(Locale.ROOT, "%.1f", Math.abs(change));
        return change > 0 ? "+" + v : change < 0 ? "\u2212" + v : v;
    }

    private static void formulas(StringBuilder b, AuditText t) {
        b.append("<h2>").append(Html.esc(t.get("formulas"))).append("</h2>\n<ul class=\"formulas\">\n");
        for (String key : List.of("formulaAccessibility", "formulaLowVision", "formulaParity", "formulaOverall")) {
            b.append("<li>").append(Html.esc(t.get(key))).append("</li>\n");
        }
        b.append("</ul>\n");
    }
}
