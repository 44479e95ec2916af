package kz.govsite.check.toy;

import static kz.govsite.internal.Html.esc;

import java.util.Map;

/** The contacts section of report.html: each phone number and whether it is a link. */
final class ContactsSection {
    private static final Map<String, String> TITLE = Map.of("kk", "Байланыс телефондары", "ru", "Телефоны",
            "en", "Phone numbers");

    private ContactsSection() {
    }

    static String html(ContactsSummary summary, String language) {
        var h = new StringBuilder("<section aria-labelledby=\"contacts\">\n<h2 id=\"contacts\">")
                .append(esc(TITLE.getOrDefault(language, TITLE.get("en")))).append("</h2>\n<ul>");
        for (var p : summary.phones()) {
            h.append("<li>").append(esc(p.number())).append(" — ").append(esc(p.page()))
                    .append(p.linked() ? " (tel:)" : "").append("</li>");
        }
        return h.append("</ul>\n</section>\n").toString();
    }
}
