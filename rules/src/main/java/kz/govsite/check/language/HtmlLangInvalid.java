package kz.govsite.check.language;

import java.util.List;
import java.util.Map;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import org.jsoup.nodes.Element;

/**
 * Flags an {@code <html lang>} that is not a valid language tag, such as {@code kz} (ACT bf051a).
 * axe-core's {@code html-lang-valid} says the same with less help, so it is not run beside this.
 */
final class HtmlLangInvalid {
    static final String ID = "language.html-lang-invalid";

    List<Finding> inspect(PageLanguage page) {
        Element html = page.document().selectFirst("html");
        LanguageTag tag = page.declared();
        if (html == null || tag.isBlank()) return List.of();
        // The intent of «kz» is plain: the content rules go on with it, and the message says so.
        String reading = tag.declaredLanguage().map(l -> "; its text is judged as " + l + ", the language it means")
                .orElse("");
        return tag.problem().map(problem -> List.of(LanguageFindings.onElement(ID, Severity.SERIOUS, page.url(), html,
                        "html", "lang on <html>: " + problem + reading, "3.1.1", LanguageFindings.ACT + "bf051a/",
                        Map.of("lang", tag.value())).withText(LanguageFindings.invalidTag(ID, tag, "html"))))
                .orElse(List.of());
    }
}
