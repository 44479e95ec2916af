package kz.govsite.check.language;

import java.util.List;
import java.util.Map;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Message;
import kz.govsite.finding.Severity;
import org.jsoup.nodes.Element;

/** Builds findings about an element the same way for every language rule. */
final class LanguageFindings {
    static final String ACT = "https://www.w3.org/WAI/standards-guidelines/act/rules/";

    private LanguageFindings() {
    }

    static Finding onElement(String id, Severity severity, String url, Element element, String selector, String message,
                             String wcag, String helpUrl, Map<String, String> evidence) {
        return new Finding(id, severity, url, selector, message, wcag.isEmpty() ? List.of() : List.of(wcag),
                snippet(element), helpUrl, evidence);
    }

    /** The element's start tag and the beginning of its text: enough to find it in the source. */
    static String snippet(Element element) {
        Element shallow = element.shallowClone();
        String tag = shallow.outerHtml();
        int close = tag.lastIndexOf("</");
        String start = close > 0 ? tag.substring(0, close) : tag;
        if (element.tagName().equals("html")) return start;
        String text = Texts.collapse(element.text());
        return Texts.shorten(start + text, 200);
    }

    /** The text of an invalid lang value: «kz» (the usual mistake on Kazakh sites) said plainly, others in general. */
    static Message invalidTag(String id, LanguageTag tag, String element) {
        String primary = tag.value().strip().split("-", -1)[0].toLowerCase(java.util.Locale.ROOT);
        if (tag.value().isBlank()) return Message.of(id + ".empty", "element", element);
        return Message.of(id + (primary.equals("kz") ? ".kz" : ""), "lang", tag.value(), "element", element);
    }

    /** A quotation of a block for a message. */
    static String quote(String text) {
        return "«" + Texts.shorten(text, 80) + "»";
    }
}
