package kz.govsite.check.documents;

import static kz.govsite.check.documents.DocumentFindings.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.govsite.check.language.LanguageShares;
import kz.govsite.check.language.LanguageTag;
import kz.govsite.check.language.WrongLanguage;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Message;
import kz.govsite.finding.Severity;

/**
 * A document's language against what it declares and against the pages that offer it: a Kazakh
 * page offering a Russian-only order is the documents' form of an untranslated page.
 */
final class DocumentLanguage {
    /** A document with this share or more of the page's language is bilingual, not in the wrong language. */
    static final int BILINGUAL_SHARE = 20;

    private DocumentLanguage() {
    }

    /** The text is in another language than the document's own /Lang or Word language says. */
    static Optional<Finding> declaredMismatch(String url, String declared, LanguageShares shares, Set<String> known) {
        if (declared.isEmpty() || shares.total() < WrongLanguage.MIN_WORDS) return Optional.empty();
        String intended = new LanguageTag(declared).intendedLanguage();
        if (!known.contains(intended)) return Optional.empty();
        return shares.majority().filter(actual -> !actual.equals(intended) && shares.percent(intended) < BILINGUAL_SHARE)
                .map(actual -> of(LANG_MISMATCH, Severity.SERIOUS, url, "the document declares \"" + declared
                        + "\" but its text is in " + actual + ": " + shares.describe()
                        + "; a screen reader reads it with the wrong voice", Map.of("declared", declared, "actual", actual), "3.1.1")
                        .withText(LANG_MISMATCH, "declared", declared, "actual", actual, "shares", shares.describe()));
    }

    /**
     * The document is offered on a page of one language but written in another.
     *
     * @param pages the linking pages with the language each belongs to, in crawl order
     */
    static Optional<Finding> offeredInWrongLanguage(DocumentFacts doc, List<Map.Entry<String, String>> pages) {
        if (doc.words() < WrongLanguage.MIN_WORDS || doc.language().isEmpty()) return Optional.empty();
        for (var page : pages) {
            String expected = page.getValue();
            if (expected.equals(doc.language()) || doc.shares().getOrDefault(expected, 0) >= BILINGUAL_SHARE) continue;
            long more = pages.stream().filter(p -> p.getValue().equals(expected)).count() - 1;
            return Optional.of(of(WRONG_LANGUAGE, Severity.SERIOUS, doc.url(), "the " + expected + " page "
                            + page.getKey() + (more > 0 ? " (and " + more + " more)" : "") + " offers this document, but it is written in "
                            + doc.language() + ": " + describe(doc.shares()) + "; readers of " + expected + " get no version in their language",
                    Map.of("linkedFrom", page.getKey(), "expected", expected, "actual", doc.language()), "3.1.1")
                    .withText(more > 0
                            ? Message.of(WRONG_LANGUAGE + ".more", "expected", expected, "linkedFrom", page.getKey(), "more", more,
                                    "actual", doc.language(), "shares", describe(doc.shares()))
                            : Message.of(WRONG_LANGUAGE, "expected", expected, "linkedFrom", page.getKey(),
                                    "actual", doc.language(), "shares", describe(doc.shares()))));
        }
        return Optional.empty();
    }

    static String describe(Map<String, Integer> shares) {
        return String.join(", ", shares.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue() + "%").toList());
    }
}
