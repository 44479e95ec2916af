package kz.govsite.check.parity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.govsite.check.language.LanguageShares;
import kz.govsite.check.language.WrongLanguage;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;

/**
 * Counts titles and paragraphs that are identical in both versions (copied, not translated)
 * toward the untranslated-page verdict of the version that should have been translated: Russian
 * text (no Kazakh letter) on the Kazakh page, Kazakh text on the Russian page. Short copies that
 * detection cannot judge alone («Контакты», a table of names) are caught this way.
 */
final class CopiedText {
    /** Identical texts shorter than this are names and numbers more often than copies. */
    static final int MIN_WORDS = 2;
    static final int MIN_LETTERS = 10;

    /** The finding for {@code page}, which copies text from {@code twin}, unless it was already judged untranslated. */
    Optional<Finding> inspect(PageFacts page, PageFacts twin) {
        if (page.wrong().isPresent()) return Optional.empty();
        String own = page.lang();
        String foreign = twin.lang();
        Set<String> twinTexts = new HashSet<>();
        twin.texts().forEach(t -> twinTexts.add(t.comparable()));
        Map<String, Integer> words = new HashMap<>(page.mainShares().words());
        int undetermined = page.mainShares().undetermined();
        int copiedBlocks = 0;
        int copiedWords = 0;
        for (PageFacts.BlockText t : page.texts()) {
            if (!twinTexts.contains(t.comparable()) || !t.cyrillic() || t.words() < MIN_WORDS
                    || t.comparable().codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
                continue;
            }
            // The same Cyrillic text in both versions is Kazakh if it has a Kazakh letter, else Russian.
            String written = t.kazakh() ? "kk" : "ru";
            if (!written.equals(foreign)) continue;
            copiedBlocks++;
            copiedWords += t.words();
            // The title is not part of the main content's shares: it only adds to the copied side.
            if (t.judged() && !t.title()) {
                if (t.detected().isEmpty()) undetermined -= t.words();
                else words.merge(t.detected(), -t.words(), Integer::sum);
            }
            words.merge(foreign, t.words(), Integer::sum);
        }
        if (copiedBlocks == 0) return Optional.empty();
        words.values().removeIf(w -> w <= 0);
        LanguageShares shares = new LanguageShares(words, Math.max(0, undetermined));
        if (!shares.majority().map(foreign::equals).orElse(false) || shares.total() < WrongLanguage.MIN_WORDS) {
            return Optional.empty();
        }
        var evidence = new HashMap<>(shares.evidence());
        evidence.put("expected", own);
        evidence.put("actual", foreign);
        evidence.put("copiedBlocks", String.valueOf(copiedBlocks));
        evidence.put("twin", twin.url());
        return Optional.of(Finding.onPage(WrongLanguage.ID, Severity.SERIOUS, page.url(),
                "the page belongs to " + own + " but " + copiedBlocks + " of its texts (" + copiedWords
                        + " words) are copied unchanged from the " + foreign + " version " + twin.url()
                        + "; counting them, its main content is " + shares.describe())
                .withEvidence(evidence)
                .withText(WrongLanguage.ID + ".copied", "expected", own, "actual", foreign, "blocks", copiedBlocks,
                        "words", copiedWords, "twin", twin.url(), "shares", shares.describe()));
    }

    /** Which of the two pages copies the other's text, checked both ways. */
    List<Finding> inspect(PairOfPages pair) {
        var out = new java.util.ArrayList<Finding>();
        inspect(pair.kk(), pair.ru()).ifPresent(out::add);
        inspect(pair.ru(), pair.kk()).ifPresent(out::add);
        return out;
    }
}
