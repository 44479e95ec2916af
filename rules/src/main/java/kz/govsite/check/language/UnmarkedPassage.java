package kz.govsite.check.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;

/**
 * Flags a passage of at least a sentence in another language than the page's, with no
 * {@code lang} on it or an ancestor (WCAG 3.1.2 Language of Parts): a screen reader reads it
 * with the page's voice and mangles it.
 */
final class UnmarkedPassage {
    static final String ID = "language.unmarked-passage";
    static final int MIN_WORDS = 5;
    static final int MIN_LETTERS = 30;
    static final double MIN_CONFIDENCE = 0.2;
    static final int MAX_PER_PAGE = 20;
    static final String HELP = "https://www.w3.org/WAI/WCAG22/Understanding/language-of-parts.html";

    List<Finding> inspect(PageLanguage page) {
        LanguageTag tag = page.declared();
        // lang="kz" is invalid (reported as such) but plainly means Kazakh: its passages are judged all the same.
        String pageLanguage = tag.declaredLanguage().filter(page.guesser().languages()::contains).orElse("");
        if (pageLanguage.isEmpty()) return List.of();
        // When most of the text is not in the declared language the page is mislabelled, not the passage.
        if (!page.shares(PageLanguage::inheritsFromHtml).majority().map(pageLanguage::equals).orElse(false)) {
            return List.of();
        }
        var findings = new ArrayList<Finding>();
        for (BlockGuess b : page.judged(PageLanguage::inheritsFromHtml)) {
            TextBlock block = b.block();
            Guess guess = b.guess();
            if (block.kind() == TextBlock.Kind.TITLE || block.words() < MIN_WORDS || block.letters() < MIN_LETTERS) continue;
            if (!guess.isDetermined() || guess.primary().equals(pageLanguage) || guess.confidence() < MIN_CONFIDENCE
                    || !page.guesser().languages().contains(guess.primary())) {
                continue;
            }
            if (findings.size() == MAX_PER_PAGE) break;
            findings.add(LanguageFindings.onElement(ID, Severity.MODERATE, page.url(), block.element(), block.selector(),
                    "a passage in " + guess.language() + " on a " + pageLanguage + " page" + readAs(tag)
                            + " has no lang=\"" + guess.language() + "\": " + LanguageFindings.quote(block.text()),
                    "3.1.2", HELP, Map.of("detected", guess.language(), "pageLang", tag.value(),
                            "confidence", String.format(java.util.Locale.ROOT, "%.2f", guess.confidence())))
                    .withText(ID, "detected", guess.language(), "language", pageLanguage, "text", Texts.shorten(block.text(), 80)));
        }
        return findings;
    }

    /** « (lang="kz", read as kk)» for a tag that is invalid but plain in intent; nothing for a valid one. */
    static String readAs(LanguageTag tag) {
        return tag.isValid() ? "" : " (lang=\"" + tag.value() + "\", read as " + tag.declaredLanguage().orElse("") + ")";
    }
}
