package kz.govsite.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.govsite.finding.Baseline;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.finding.Suppression;
import kz.govsite.finding.SuppressionCount;
import kz.govsite.page.PageResult;

/** Hand-built reports for the writers' tests: a shared header defect, hostile page text, parity pairs. */
final class SampleReports {
    static final String XSS_TITLE = "Новости <script>window.__pwned = 1</script>";
    static final String XSS_SNIPPET = "<img src=x alt=\"\"><img src=y onerror=\"window.__pwned=2\">";
    static final String XSS_SELECTOR = "a[title=\"\\\"><img src=z onerror=window.__pwned=3>\"]";

    private SampleReports() {
    }

    static Finding axe(String rule, Severity severity, String url, String selector, String help, String snippet) {
        return new Finding("axe." + rule, severity, url, selector, help, List.of("1.1.1"), snippet,
                "https://dequeuniversity.com/rules/axe/4.11/" + rule + "?application=axeAPI",
                Map.of("summary", "Fix any of the following:\n  Element does not have an alt attribute"));
    }

    static List<PageResult> pages() {
        return List.of(
                new PageResult("http://site.test/", 200, "page", "Главная", "ru", 100, 50, "", Map.of()),
                new PageResult("http://site.test/kk/", 200, "page", "Басты бет", "kk", 100, 50, "", Map.of()),
                new PageResult("http://site.test/ru/missing.html", 404, "error", "", "", 10, 0, "HTTP 404", Map.of()),
                new PageResult("http://site.test/ru/news.html", 200, "page", XSS_TITLE, "ru", 100, 50, "", Map.of()));
    }

    static List<Finding> findings() {
        return List.of(
                axe("link-name", Severity.SERIOUS, "http://site.test/", "#logo", "Links must have discernible text", "<a id=\"logo\" href=\"/\"></a>"),
                axe("link-name", Severity.SERIOUS, "http://site.test/kk/", "#logo", "Links must have discernible text", "<a id=\"logo\" href=\"/\"></a>"),
                axe("link-name", Severity.SERIOUS, "http://site.test/ru/news.html", "#logo", "Links must have discernible text", "<a id=\"logo\" href=\"/\"></a>"),
                axe("image-alt", Severity.CRITICAL, "http://site.test/ru/news.html", XSS_SELECTOR, "Images must have alternative text", XSS_SNIPPET),
                axe("region", Severity.MODERATE, "http://site.test/kk/", "p", "All page content should be contained by landmarks", "<p>Мәтін</p>"),
                Finding.onPage("parity.missing-counterpart", Severity.SERIOUS, "http://site.test/ru/news.html",
                        "the Russian page has no Kazakh twin").withEvidence(Map.of("twin", "http://site.test/kk/news.html")),
                Finding.onPage("site.http-error", Severity.MODERATE, "http://site.test/ru/missing.html",
                        "the page answers HTTP 404").withEvidence(Map.of("status", "404")));
    }

    static Map<String, Object> summaryExtra() {
        return Map.of("parity", Map.of("share", 50.0, "pairs", List.of(
                Map.of("page", "http://site.test/", "twin", "http://site.test/kk/", "status", "complete",
                        "shares", Map.of("ru", 97, "kk", 94)),
                Map.of("page", "http://site.test/ru/news.html", "twin", "http://site.test/kk/news.html",
                        "status", "missing", "shares", Map.of("ru", 99)))));
    }

    /** A run with failOn serious, no baseline, one suppression that matched nothing. */
    static Report plain() {
        var findings = findings();
        var verdict = Verdict.of(Optional.of(Severity.SERIOUS), findings);
        return report(findings, verdict);
    }

    /** The same run against a baseline that knew the header defect and a since-fixed region finding. */
    static Report withBaseline() {
        var findings = findings();
        var base = Baseline.of(List.of(findings.get(0), findings.get(1), findings.get(2),
                axe("region", Severity.MODERATE, "http://site.test/", "div", "x", "<div>")), Instant.EPOCH);
        var comparison = base.compare(findings, Set.of("http://site.test/", "http://site.test/kk/",
                "http://site.test/ru/news.html"));
        var verdict = Verdict.decide(Optional.of(Severity.SERIOUS), findings, Optional.of(comparison), List.of(), List.of());
        return report(findings, verdict);
    }

    /** An item to review: axe could not decide the contrast of a heading over a photo. */
    static Finding contrastToReview() {
        return new Finding("axe.color-contrast", Severity.SERIOUS, "http://site.test/ru/news.html", ".banner h2",
                "Elements must meet minimum color contrast ratio thresholds", List.of("1.4.3"),
                "<h2>Жаңалықтар</h2>", "https://dequeuniversity.com/rules/axe/4.11/color-contrast?application=axeAPI",
                Map.of("reason", "Element's background color could not be determined due to a background image"))
                .asReview();
    }

    /** The plain run plus one item to review, judged with or without failOnReview. */
    static Report withReviewItem(boolean failOnReview) {
        var findings = new java.util.ArrayList<>(findings());
        findings.add(contrastToReview());
        var verdict = Verdict.decide(Optional.of(Severity.SERIOUS), failOnReview, findings, Optional.empty(),
                List.of(), List.of());
        return report(findings, verdict);
    }

    private static Report report(List<Finding> findings, Verdict verdict) {
        var pages = pages();
        return new Report("govsite", "0.1.0", Instant.parse("2026-11-29T08:00:00Z"), 4321, true,
                Map.of("checks", List.of("axe", "parity"), "maxPages", 500),
                Map.of("version", "4.11.1", "rules", List.of("image-alt", "link-name", "region")), pages,
                List.of("http://site.test/ru/docs/order.pdf"), findings, List.of("a note"),
                Summary.of(pages, findings, summaryExtra()), verdict, Map.of(),
                List.of(new SuppressionCount(Suppression.parse("check=axe.bypass;reason=one-page site"), 0)));
    }
}
