package kz.govsite.report.pictures;

import static kz.govsite.internal.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.finding.Finding;
import kz.govsite.internal.Html;
import kz.govsite.page.PageResult;
import kz.govsite.pictures.PictureOptions;
import kz.govsite.report.Report;
import kz.govsite.report.ReportText;

/**
 * The pictures of report.html: outlined elements next to the rule they fail, the two language
 * versions of a page side by side under a parity mismatch, and the normal and low-vision
 * screenshots of pages in their own section. Thumbnails link to the full-size file, load lazily and
 * have an alternative text in the report's language; paths are relative, so the output folder is
 * the whole report. Caps come from {@link PictureOptions}.
 */
public final class ReportPictures {
    /** Parity findings whose pages have screenshots get them side by side: these, at most the cap. */
    private static final List<String> PARITY_PICTURED = List.of("parity.structure-mismatch", "parity.numbers-mismatch",
            "parity.untranslated-label", "language.wrong-language");
    private final PictureIndex index;
    private final PictureOptions options;
    private final Map<String, Integer> parityShown = new HashMap<>();

    private ReportPictures(PictureIndex index, PictureOptions options) {
        this.index = index;
        this.options = options;
    }

    public static ReportPictures of(Report report) {
        return new ReportPictures(new PictureIndex(report.pages()), PictureOptions.fromConfig(report.config()));
    }

    /** Pictures for one element (or page) of a rule: its outlined crop, or a parity pair's two screenshots. */
    public String forOccurrence(List<Finding> occurrence, ReportText t) {
        if (!options.enabled() || occurrence.isEmpty()) return "";
        var h = new StringBuilder();
        for (Finding f : occurrence) {
            var file = index.element(f.url(), f.check(), f.selector());
            if (file.isPresent()) {
                h.append("<div class=\"pictures\">");
                figure(h, file.get(), t.get("pictures.element.alt", f.check(), index.pageName(f.url())),
                        t.get("pictures.element.caption"), f.url());
                h.append("</div>");
                break;
            }
        }
        Finding first = occurrence.get(0);
        String twin = first.evidence().getOrDefault("twin", "");
        if (PARITY_PICTURED.contains(first.check()) && !twin.isEmpty()
                && parityShown.getOrDefault(first.check(), 0) < options.max()) {
            var mine = index.shots(first.url()).map(PictureIndex.Shots::normal);
            var theirs = index.shots(twin).map(PictureIndex.Shots::normal);
            // With sampling per template one side may have no screenshot: the other still shows its version.
            if (mine.isPresent() || theirs.isPresent()) {
                parityShown.merge(first.check(), 1, Integer::sum);
                h.append("<div class=\"pictures\">");
                mine.ifPresent(file -> pairFigure(h, file, first.url(), t));
                theirs.ifPresent(file -> pairFigure(h, file, twin, t));
                h.append("</div>");
            }
        }
        return h.toString();
    }

    private void pairFigure(StringBuilder h, String file, String url, ReportText t) {
        String lang = index.lang(url);
        figure(h, file, t.get("pictures.page.alt", index.pageName(url)),
                t.get("pictures.pair.caption", lang.isEmpty() ? "—" : t.languageName(lang)), url);
    }

    /** The section of normal and low-vision screenshots: pages with low-vision findings first, then a few clean ones. */
    public String lowVisionSection(Report report, ReportText t) {
        if (!options.enabled() || index.allShots().isEmpty()) return "";
        Map<String, Long> lvFindings = report.findings().stream().filter(f -> f.family().equals("lowvision"))
                .collect(Collectors.groupingBy(Finding::url, Collectors.counting()));
        var withFindings = new ArrayList<String>();
        var clean = new ArrayList<String>();
        for (PageResult p : report.pages()) {
            var s = index.shots(p.url());
            if (s.isEmpty() || s.get().normal() == null || s.get().lowVision() == null) continue;
            (lvFindings.containsKey(p.url()) ? withFindings : clean).add(p.url());
        }
        if (withFindings.isEmpty() && clean.isEmpty()) return "";
        withFindings.sort(Comparator.comparingLong((String u) -> -lvFindings.get(u)).thenComparing(u -> u));
        var h = new StringBuilder(4096);
        h.append("<section aria-labelledby=\"lv-pictures\">\n<h2 id=\"lv-pictures\">").append(esc(t.get("pictures.lowvision")))
                .append("</h2>\n<p>").append(esc(t.get("pictures.lowvision.intro"))).append("</p>\n");
        int hidden = group(h, "pictures.lowvision.findings", withFindings, options.findingPages(), lvFindings, t)
                + group(h, "pictures.lowvision.clean", clean, options.cleanPages(), lvFindings, t);
        if (hidden > 0) h.append("<p>").append(esc(t.get("pictures.lowvision.more", hidden))).append("</p>\n");
        h.append("</section>\n");
        return h.toString();
    }

    /** One group of pairs, at most {@code cap}; answers how many it left out. */
    private int group(StringBuilder h, String title, List<String> urls, int cap, Map<String, Long> lvFindings, ReportText t) {
        if (urls.isEmpty()) return 0;
        h.append("<h3>").append(esc(t.get(title))).append("</h3>\n");
        for (String url : urls.subList(0, Math.min(cap, urls.size()))) {
            var s = index.shots(url).orElseThrow();
            String name = index.pageName(url);
            h.append("<div class=\"pair\"><h4>").append(link(url)).append("</h4>");
            if (lvFindings.containsKey(url)) {
                h.append("<p>").append(esc(t.get("pictures.lowvision.count", lvFindings.get(url)))).append("</p>");
            }
            if (!s.schemes().isEmpty()) {
                String schemes = s.schemes().entrySet().stream()
                        .map(e -> t.get("pictures.scheme.count", schemeName(e.getKey(), t), e.getValue()))
                        .collect(Collectors.joining(", "));
                h.append("<p>").append(esc(t.get("pictures.schemes", schemes))).append("</p>");
            }
            h.append("<div class=\"pictures\">");
            figure(h, s.normal(), t.get("pictures.normal.alt", name), t.get("screenshot.normal"), null);
            figure(h, s.lowVision(), t.get("pictures.lowvision.alt", name), t.get("screenshot.lowvision"), null);
            h.append("</div></div>\n");
        }
        return Math.max(0, urls.size() - cap);
    }

    private static String schemeName(String name, ReportText t) {
        return t.has("pictures.scheme." + name) ? t.get("pictures.scheme." + name) : name;
    }

    /** A thumbnail that opens the full-size file; the caption may name the page it shows. */
    private static void figure(StringBuilder h, String file, String alt, String caption, String url) {
        h.append("<figure><a href=\"").append(esc(file)).append("\"><img src=\"").append(esc(file))
                .append("\" alt=\"").append(esc(alt)).append("\" loading=\"lazy\"></a><figcaption>").append(esc(caption));
        if (url != null) h.append(" <code>").append(esc(UrlNormalizer.forReading(url))).append("</code>");
        h.append("</figcaption></figure>");
    }

    private static String link(String url) {
        String href = Html.safeHref(url);
        if (href == null) return "<code>" + esc(url) + "</code>";
        return "<a href=\"" + esc(href) + "\">" + esc(UrlNormalizer.forReading(url)) + "</a>";
    }
}
