package kz.govsite.check.documents;

import static kz.govsite.internal.Html.esc;

import java.util.Map;

/**
 * The documents section of report.html, drawn from {@code summary.documents}: one row per document
 * with its size, pages, language and findings. Everything in it came from a site, so all is escaped.
 */
public final class DocumentsSection {
    private static final Map<String, String[]> TEXT = Map.of(
            "kk", new String[] {"Құжаттар", "Құжат", "Көлемі", "Беттер", "Тілі", "Ақаулар", "Күйі",
                    "%d құжат сілтелген, %d тексерілді, %d кэштен алынды; екі тілдегі жұптар: %s"},
            "ru", new String[] {"Документы", "Документ", "Размер", "Страницы", "Язык", "Замечания", "Состояние",
                    "Ссылок на документы: %d, проверено: %d, из кэша: %d; пары на двух языках: %s"},
            "en", new String[] {"Documents", "Document", "Size", "Pages", "Language", "Findings", "State",
                    "%d documents linked, %d checked, %d from the cache; pairs in both languages: %s"});

    private DocumentsSection() {
    }

    /** The section's HTML, or empty when the documents check did not run. */
    public static String html(Map<String, Object> summaryExtra, String reportLanguage) {
        var found = DocumentsSummary.from(summaryExtra);
        if (found.isEmpty()) return "";
        DocumentsSummary docs = found.get();
        String[] t = TEXT.getOrDefault(reportLanguage, TEXT.get("en"));
        var h = new StringBuilder();
        String share = docs.parity() != null && docs.parity().share() != null ? docs.parity().share() + "%" : "—";
        h.append("<section aria-labelledby=\"documents\">\n<h2 id=\"documents\">").append(esc(t[0])).append("</h2>\n<p>")
                .append(esc(String.format(java.util.Locale.ROOT, t[7], docs.linked(), docs.checked(),
                        docs.cached(), share))).append("</p>\n");
        if (!docs.list().isEmpty()) {
            h.append("<table><thead><tr>");
            for (int i = 1; i <= 6; i++) {
                h.append("<th scope=\"col\"").append(i == 2 || i == 3 || i == 5 ? " class=\"n\"" : "").append(">")
                        .append(esc(t[i == 6 ? 6 : i])).append("</th>");
            }
            h.append("</tr></thead><tbody>\n");
            for (Map<String, Object> row : docs.list()) {
                String url = String.valueOf(row.get("url"));
                String href = kz.govsite.internal.Html.safeHref(url);
                h.append("<tr><td>").append(href == null ? "<code>" + esc(url) + "</code>"
                                : "<a href=\"" + esc(href) + "\">" + esc(url) + "</a>")
                        .append(title(row)).append("</td><td class=\"n\">").append(esc(size(row.get("bytes"))))
                        .append("</td><td class=\"n\">").append(num(row.get("pages")) == 0 ? "—" : num(row.get("pages")))
                        .append("</td><td>").append(esc(language(row))).append("</td><td class=\"n\">")
                        .append(num(row.get("findings"))).append("</td><td>").append(esc(String.valueOf(row.get("state"))))
                        .append(Boolean.TRUE.equals(row.get("cached")) ? " (cache)" : "").append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        return h.append("</section>\n").toString();
    }

    private static String title(Map<?, ?> row) {
        Object t = row.get("title");
        return t == null || String.valueOf(t).isBlank() ? "" : "<br><span class=\"muted\">" + esc(String.valueOf(t)) + "</span>";
    }

    private static String language(Map<?, ?> row) {
        String lang = row.get("language") == null ? "" : String.valueOf(row.get("language"));
        String declared = row.get("declaredLang") == null ? "" : String.valueOf(row.get("declaredLang"));
        String text = lang.isEmpty() ? "—" : lang;
        if (row.get("shares") instanceof Map<?, ?> shares && !shares.isEmpty()) {
            @SuppressWarnings("unchecked")
            var s = (Map<String, Integer>) (Map<?, ?>) shares;
            text += " (" + DocumentLanguage.describe(s) + ")";
        }
        return declared.isEmpty() ? text : text + "; declared " + declared;
    }

    private static String size(Object bytes) {
        long b = bytes instanceof Number n ? n.longValue() : -1;
        return b < 0 ? "—" : PdfInspector.mib(b);
    }

    private static int num(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }
}
