package kz.govsite.check.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import org.jsoup.nodes.Element;

/**
 * Flags an element whose {@code lang} differs from the language of the text that takes its
 * language from it (ACT off6ek), e.g. a quotation marked {@code lang="kk"} that is Russian.
 */
final class ElementLangMismatch {
    static final String ID = "language.lang-mismatch";
    /** Short passages are judged only when the guess is this clear. */
    static final double SHORT_TEXT_CONFIDENCE = 0.15;
    static final int SHORT_TEXT_WORDS = 8;

    List<Finding> inspect(PageLanguage page) {
        Map<Element, List<BlockGuess>> byElement = new IdentityHashMap<>();
        var order = new ArrayList<Element>();
        for (BlockGuess b : page.judged(TextBlock::isMarked)) {
            Element el = b.block().langElement();
            byElement.computeIfAbsent(el, k -> {
                order.add(k);
                return new ArrayList<>();
            }).add(b);
        }
        var findings = new ArrayList<Finding>();
        for (Element el : order) {
            LanguageTag tag = new LanguageTag(el.attr("lang"));
            // lang="kz" is reported as invalid, and still read as Kazakh, the language it means.
            String declared = tag.declaredLanguage().filter(page.guesser().languages()::contains).orElse("");
            if (declared.isEmpty()) continue;
            List<BlockGuess> blocks = byElement.get(el).stream().filter(ElementLangMismatch::clearEnough).toList();
            LanguageShares shares = LanguageShares.of(blocks);
            var majority = shares.majority();
            if (majority.isEmpty() || majority.get().equals(declared)) continue;
            var evidence = new HashMap<>(shares.evidence());
            evidence.put("lang", tag.value());
            evidence.put("detected", majority.get());
            findings.add(LanguageFindings.onElement(ID, Severity.MODERATE, page.url(), el, el.cssSelector(),
                    tag.describe() + " on <" + el.tagName() + "> but its text reads as " + majority.get()
                            + ": " + LanguageFindings.quote(blocks.get(0).block().text()),
                    "3.1.2", LanguageFindings.ACT + "off6ek/", evidence)
                    .withText(ID, "lang", tag.value(), "element", el.tagName(), "detected", majority.get(),
                            "text", Texts.shorten(blocks.get(0).block().text(), 80)));
        }
        return findings;
    }

    static boolean clearEnough(BlockGuess b) {
        return b.block().words() >= SHORT_TEXT_WORDS || b.guess().confidence() >= SHORT_TEXT_CONFIDENCE;
    }
}
