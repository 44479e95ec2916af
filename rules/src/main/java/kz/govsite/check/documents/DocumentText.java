package kz.govsite.check.documents;

import java.util.ArrayList;
import java.util.List;
import kz.govsite.check.language.BlockGuess;
import kz.govsite.check.language.LanguageGuesser;
import kz.govsite.check.language.LanguageShares;
import kz.govsite.check.language.TextBlock;
import kz.govsite.check.language.Texts;

/**
 * A document's language, told the way a page's is: its text cut into blocks of a few lines, each
 * judged by the run's guesser (with its Kazakh/Russian care), the blocks weighted by their words.
 * A Russian order full of Kazakh names stays Russian because the names are a minority of its blocks.
 */
final class DocumentText {
    /** Words per block: long enough for Lingua, short enough that names do not decide it. */
    static final int BLOCK_WORDS = 40;
    /** Blocks judged at most, spread over the document: enough for shares, bounded in time. */
    static final int MAX_BLOCKS = 150;

    private DocumentText() {
    }

    static LanguageShares shares(String text, LanguageGuesser guesser) {
        List<String> blocks = blocks(text);
        var judged = new ArrayList<BlockGuess>();
        int step = Math.max(1, (blocks.size() + MAX_BLOCKS - 1) / MAX_BLOCKS);
        for (int i = 0; i < blocks.size(); i += step) {
            String b = blocks.get(i);
            judged.add(new BlockGuess(new TextBlock(b, TextBlock.Kind.PARAGRAPH, null, null, true), guesser.guess(b)));
        }
        return LanguageShares.of(judged);
    }

    /** Lines gathered into blocks of about {@link #BLOCK_WORDS} words; a blank line always ends one. */
    static List<String> blocks(String text) {
        var out = new ArrayList<String>();
        var current = new StringBuilder();
        int words = 0;
        for (String line : text.split("\\R")) {
            String l = Texts.collapse(line);
            if (l.isEmpty() || words >= BLOCK_WORDS) {
                words = flush(out, current, words);
                if (l.isEmpty()) continue;
            }
            if (current.length() > 0) current.append(' ');
            current.append(l);
            words += Texts.words(l);
        }
        flush(out, current, words);
        return out;
    }

    private static int flush(List<String> out, StringBuilder current, int words) {
        if (words >= TextBlock.MIN_WORDS) out.add(current.toString());
        current.setLength(0);
        return 0;
    }
}
