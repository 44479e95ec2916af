package kz.govsite.check.parity;

import static kz.govsite.internal.Html.esc;
import static kz.govsite.report.HtmlLinks.link;

import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import kz.govsite.internal.Text;
import kz.govsite.report.Report;
import kz.govsite.report.ReportText;
import kz.govsite.report.VerdictText;

/** The parity parts of report.html: the share's card and the table of language twins. */
final class ParitySection {
    private ParitySection() {
    }

    static String card(Report report, ReportText t) {
        var h = new StringBuilder();
        h.append("<section aria-labelledby=\"parity\"><h3 id=\"parity\">").append(esc(t.get("parity"))).append("</h3><p>");
        Double share = ParityFamily.share(report.summary().extra());
        h.append(esc(share == null ? t.get("parity.none") : t.get("parity.share", Text.percent(share)))).append("</p></section>\n");
        return h.toString();
    }

    /** The pairs the parity check recorded, else those its findings name; a note when there are none. */
    static String pairs(Report report, ReportText t) {
        List<Pair> pairs = ParitySummary.from(report.summary().extra()).map(ParitySummary::pairs).orElse(List.of());
        if (pairs.isEmpty()) pairs = Pair.fromFindings(report.findings());
        var h = new StringBuilder();
        h.append("<section aria-labelledby=\"pairs\">\n<h2 id=\"pairs\">").append(esc(t.get("pairs"))).append("</h2>\n");
        if (pairs.isEmpty()) {
            return h.append("<p>").append(esc(t.get("pairs.none"))).append("</p>\n</section>\n").toString();
        }
        h.append("<table><thead><tr><th scope=\"col\">").append(esc(t.get("pairs.page"))).append("</th><th scope=\"col\">")
                .append(esc(t.get("pairs.twin"))).append("</th><th scope=\"col\">").append(esc(t.get("pairs.status")))
                .append("</th><th scope=\"col\">").append(esc(t.get("pairs.shares"))).append("</th></tr></thead><tbody>\n");
        for (Pair p : pairs) {
            h.append("<tr><td>").append(link(p.page())).append("</td><td>").append(p.twin().isEmpty() ? "—" : link(p.twin()))
                    .append("</td><td>").append(esc(VerdictText.status(p.status(), t))).append("</td><td>").append(esc(facts(p.facts()))).append("</td></tr>\n");
        }
        return h.append("</tbody></table>\n</section>\n").toString();
    }

    /** Language shares read as "ru 97%, kk 94%"; other facts as "key: value". */
    static String facts(Map<String, Object> facts) {
        var parts = new ArrayList<String>();
        facts.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m && k.toLowerCase(Locale.ROOT).contains("share")) {
                m.forEach((lang, share) -> parts.add(lang + " " + share + "%"));
            } else {
                parts.add(k + ": " + v);
            }
        });
        return String.join(", ", parts);
    }
}
