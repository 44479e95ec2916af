package kz.govsite.check.language;

import java.util.List;
import java.util.Map;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import org.jsoup.nodes.Element;

/** Flags an {@code <html>} without a {@code lang} (ACT b5c3f8): screen readers then guess the voice. */
final class HtmlLangMissing {
    static final String ID = "language.html-lang-missing";

    List<Finding> inspect(PageLanguage page) {
        Element html = page.document().selectFirst("html");
        if (html == null || !page.declared().isBlank()) return List.of();
        String why = html.hasAttr("lang") ? "lang on <html> is empty" : "<html> has no lang attribute";
        if (html.hasAttr("xml:lang")) why += " (xml:lang alone does not count in HTML)";
        String suggestion = page.shares(PageLanguage::inheritsFromHtml).majority()
                .map(l -> ": its text reads as " + l + ", so add lang=\"" + l + "\"")
                .orElse(": add the language of the page, e.g. lang=\"kk\" or lang=\"ru\"");
        var majority = page.shares(PageLanguage::inheritsFromHtml).majority();
        String variant = (html.hasAttr("lang") ? ".empty" : "") + (majority.isPresent() ? "" : ".unknown");
        return List.of(LanguageFindings.onElement(ID, Severity.SERIOUS, page.url(), html, "html", why + suggestion,
                "3.1.1", LanguageFindings.ACT + "b5c3f8/", Map.of())
                .withText(ID + variant, "detected", majority.orElse("")));
    }
}
