package kz.govsite.report.glance;

import static kz.govsite.internal.Html.esc;

import java.util.Map;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.finding.Severity;
import kz.govsite.internal.Html;
import kz.govsite.report.Report;
import kz.govsite.report.ReportText;
import kz.govsite.report.RuleHelp;

/**
 * The first screen of report.html: how bad, where, and what first, in the report's language.
 * Everything taken from the site (addresses, rule ids) is escaped.
 */
public final class GlanceHtml {
    /** Sections listed by name; the rest are summed up in one line. */
    static final int SECTIONS = 8;

    private GlanceHtml() {
    }

    public static String html(Report report, ReportText t) {
        return html(SiteGlance.of(report.pages(), report.findings(), report.verdict().baseline()), t);
    }

    static String html(SiteGlance g, ReportText t) {
        var h = new StringBuilder(4096);
        h.append("<section aria-labelledby=\"glance\" class=\"glance\">\n<h2 id=\"glance\">").append(esc(t.get("glance")))
                .append("</h2>\n<p class=\"headline\">");
        if (g.findings() == 0) {
            h.append(esc(t.get("glance.clean", g.pages()))).append("</p>\n");
        } else {
            int severe = g.sections().stream().mapToInt(SiteGlance.Section::severe).sum();
            h.append(esc(t.get("glance.headline", g.findings(), g.pagesHit(), g.pages(), severe))).append("</p>\n");
        }
        g.baseline().ifPresent(b -> since(h, b, t));
        if (g.findings() > 0) {
            h.append("<div class=\"cards\">\n");
            sections(h, g, t);
            worst(h, g, t);
            first(h, g, t);
            h.append("</div>\n");
        }
        h.append("</section>\n");
        return h.toString();
    }

    private static void sections(StringBuilder h, SiteGlance g, ReportText t) {
        boolean withNew = g.baseline().isPresent();
        h.append("<section aria-labelledby=\"glance-where\"><h3 id=\"glance-where\">").append(esc(t.get("glance.where")))
                .append("</h3>\n<table><thead><tr><th scope=\"col\">").append(esc(t.get("glance.section")))
                .append("</th><th scope=\"col\" class=\"n\">").append(esc(t.get("glance.pages.hit")))
                .append("</th><th scope=\"col\" class=\"n\">").append(esc(t.get("glance.findings")))
                .append("</th><th scope=\"col\" class=\"n\">").append(esc(t.get("glance.severe"))).append("</th>");
        if (withNew) h.append("<th scope=\"col\" class=\"n\">").append(esc(t.get("glance.new"))).append("</th>");
        h.append("</tr></thead><tbody>");
        var shown = g.sections().subList(0, Math.min(SECTIONS, g.sections().size()));
        for (var s : shown) {
            h.append("<tr><td><code>").append(esc(s.prefix())).append("</code></td><td class=\"n\">")
                    .append(esc(t.get("glance.of", s.pagesHit(), s.pages()))).append("</td><td class=\"n\">").append(s.findings())
                    .append("</td><td class=\"n\">").append(s.severe()).append("</td>");
            if (withNew) h.append("<td class=\"n\">").append(s.fresh()).append("</td>");
            h.append("</tr>");
        }
        h.append("</tbody></table>");
        var rest = g.sections().subList(shown.size(), g.sections().size());
        if (!rest.isEmpty()) {
            h.append("<p>").append(esc(t.get("glance.more.sections", rest.size(),
                    rest.stream().mapToInt(SiteGlance.Section::findings).sum()))).append("</p>");
        }
        h.append("</section>\n");
    }

    private static void worst(StringBuilder h, SiteGlance g, ReportText t) {
        h.append("<section aria-labelledby=\"glance-worst\"><h3 id=\"glance-worst\">").append(esc(t.get("glance.worst")))
                .append("</h3>\n<ol class=\"pages\">");
        for (var p : g.worst()) {
            h.append("<li>").append(link(p.url())).append(" — ").append(esc(t.get("glance.page.findings", p.findings())));
            for (Map.Entry<Severity, Integer> e : p.bySeverity().entrySet()) {
                h.append(" <span class=\"sev ").append(e.getKey().label()).append("\">")
                        .append(esc(t.get("severity." + e.getKey().label()))).append(": ").append(e.getValue()).append("</span>");
            }
            h.append("</li>");
        }
        h.append("</ol></section>\n");
    }

    private static void first(StringBuilder h, SiteGlance g, ReportText t) {
        h.append("<section aria-labelledby=\"glance-first\"><h3 id=\"glance-first\">").append(esc(t.get("glance.first")))
                .append("</h3>\n<ol>");
        for (var r : g.topRules()) {
            h.append("<li><span class=\"sev ").append(r.worst().label()).append("\">").append(esc(t.get("severity." + r.worst().label())))
                    .append("</span> <code>").append(esc(r.check())).append("</code>");
            if (r.check().startsWith("axe.")) {
                var help = RuleHelp.of(r.check(), t.language(), r.first().message());
                h.append(" — ").append(esc(help.text()));
                if (!help.fallback().isEmpty()) h.append(" <span class=\"muted\">").append(esc(t.get(help.fallback()))).append("</span>");
            }
            h.append(": ").append(esc(t.get("glance.rule.count", r.findings(), r.pages()))).append("</li>");
        }
        h.append("</ol><p>").append(esc(t.get("glance.removes", g.topRules().size(), g.removed(), g.findings(),
                Math.round(100.0 * g.removed() / g.findings()), g.cleared()))).append("</p></section>\n");
    }

    private static void since(StringBuilder h, SiteGlance.Since b, ReportText t) {
        h.append("<p>").append(esc(t.get("glance.baseline", b.fresh(), b.fixed())));
        if (!b.freshByRule().isEmpty()) {
            h.append(" ").append(esc(t.get("glance.baseline.rules"))).append(" ");
            int n = 0;
            for (var e : b.freshByRule().entrySet()) {
                if (n++ == SiteGlance.TOP) break;
                h.append(n > 1 ? ", " : "").append("<code>").append(esc(e.getKey())).append("</code> ×").append(e.getValue());
            }
            if (b.freshByRule().size() > SiteGlance.TOP) h.append(", …");
        }
        h.append("</p>\n");
    }

    private static String link(String url) {
        String href = Html.safeHref(url);
        if (href == null) return "<code>" + esc(url) + "</code>";
        return "<a href=\"" + esc(href) + "\">" + esc(UrlNormalizer.forReading(url)) + "</a>";
    }
}
