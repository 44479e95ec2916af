package kz.govsite.check.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import org.jsoup.nodes.Element;

/**
 * Flags a {@code <title>} or meta description in another language than the page's: what search
 * results and browser tabs show. Titles are short, so Kazakh letters decide before Lingua does.
 */
final class TitleLanguage {
    static final String ID = "language.title-language";
    /** A short Cyrillic text without Kazakh letters is called Russian only when Lingua is this sure. */
    static final double SHORT_RUSSIAN_CONFIDENCE = 0.3;
    static final double LONG_TEXT_CONFIDENCE = 0.1;

    List<Finding> inspect(PageLanguage page, Optional<ClaimedLanguage> language) {
        if (language.isEmpty()) return List.of();
        String expected = language.get().language();
        var findings = new ArrayList<Finding>();
        Element title = page.document().selectFirst("title");
        if (title != null) check(page, expected, "the title", "title", title, title.text(), findings);
        Element description = page.document().selectFirst("meta[name=description]");
        if (description != null) {
            check(page, expected, "the meta description", "meta[name=\"description\"]", description,
                    description.attr("content"), findings);
        }
        return findings;
    }

    private static void check(PageLanguage page, String expected, String what, String selector, Element element,
                              String text, List<Finding> findings) {
        String clean = Texts.collapse(text);
        shortTextLanguage(page, clean).filter(l -> !l.equals(expected)).ifPresent(l -> findings.add(
                LanguageFindings.onElement(ID, Severity.MINOR, page.url(), element, selector,
                        what + " " + LanguageFindings.quote(clean) + " is in " + l + " but the page is " + expected,
                        "", "", Map.of("detected", l, "expected", expected))
                        .withText(ID + (selector.equals("title") ? ".title" : ".description"), "text", Texts.shorten(clean, 80),
                                "detected", l, "expected", expected)));
    }

    /** The language of a label, title or alt text, only when the evidence is strong. */
    static Optional<String> shortTextLanguage(PageLanguage page, String text) {
        if (text.isBlank()) return Optional.empty();
        Guess g = page.guess(text);
        if (!g.isDetermined()) return Optional.empty();
        if (Texts.words(text) >= TextBlock.MIN_WORDS && Texts.letters(text) >= TextBlock.MIN_LETTERS) {
            return g.confidence() >= LONG_TEXT_CONFIDENCE ? Optional.of(g.primary()) : Optional.empty();
        }
        if (g.primary().equals("kk") && KazakhLetters.hasKazakhLetter(text)) return Optional.of("kk");
        if (g.primary().equals("ru") && !KazakhLetters.hasKazakhLetter(text) && g.confidence() >= SHORT_RUSSIAN_CONFIDENCE) {
            return Optional.of("ru");
        }
        return Optional.empty();
    }
}
