package kz.govsite.check.language;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import org.jsoup.nodes.Element;

/**
 * Flags an {@code <html lang>} that differs from the language most of the page's text is in
 * (ACT ucwvc8; axe-core has no such rule). Text marked with a {@code lang} of its own is left out.
 */
final class HtmlLangMismatch {
    static final String ID = "language.html-lang-mismatch";

    /**
     * @param wrongLanguage the page's verdict as untranslated: when it belongs to the declared language
     *                      anyway, that finding says it all and the fix is to translate, not to relabel
     */
    List<Finding> inspect(PageLanguage page, Optional<WrongLanguage.Verdict> wrongLanguage) {
        Element html = page.document().selectFirst("html");
        LanguageTag tag = page.declared();
        if (html == null || tag.declaredLanguage().isEmpty()) return List.of();
        String declared = tag.declaredLanguage().get();
        if (!page.guesser().languages().contains(declared)) return List.of();
        if (wrongLanguage.isPresent() && wrongLanguage.get().claimed().language().equals(declared)) return List.of();
        LanguageShares shares = page.shares(PageLanguage::inheritsFromHtml);
        Optional<String> majority = shares.majority();
        if (majority.isEmpty() || majority.get().equals(declared)) return List.of();
        var evidence = new HashMap<>(shares.evidence());
        evidence.put("lang", tag.value());
        evidence.put("detected", majority.get());
        return List.of(LanguageFindings.onElement(ID, Severity.SERIOUS, page.url(), html, "html",
                tag.describe() + " but " + shares.percent(majority.get()) + "% of the text reads as "
                        + majority.get() + " (" + shares.describe() + ")",
                "3.1.1", LanguageFindings.ACT + "ucwvc8/", evidence)
                .withText(ID, "lang", tag.value(), "percent", shares.percent(majority.get()), "detected", majority.get(),
                        "shares", shares.describe()));
    }
}
