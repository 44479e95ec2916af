package kz.govsite.check.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import kz.govsite.page.PageSnapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One page read for its languages: its blocks, and a guess for every block long enough to judge.
 * Built once per page and shared by the language rules, so each block is detected once.
 */
public final class PageLanguage {
    private final PageSnapshot page;
    private final Document document;
    private final List<TextBlock> blocks;
    private final List<BlockGuess> judged;
    private final LanguageGuesser guesser;
    private final Map<String, Guess> cache;

    private PageLanguage(PageSnapshot page, Document document, List<TextBlock> blocks, List<BlockGuess> judged,
                         LanguageGuesser guesser, Map<String, Guess> cache) {
        this.page = page;
        this.document = document;
        this.blocks = blocks;
        this.judged = judged;
        this.guesser = guesser;
        this.cache = cache;
    }

    /** Splits the page and guesses every judgeable block. */
    public static PageLanguage analyze(PageSnapshot page, LanguageGuesser guesser, List<String> ignoreSelectors) {
        // A private parse: the snapshot's cached DOM would stay in memory for the site-wide checks.
        Document doc = Jsoup.parse(page.html(), page.finalUrl());
        var blocks = TextBlocks.of(doc, ignoreSelectors);
        var cache = new HashMap<String, Guess>();
        var judged = new ArrayList<BlockGuess>();
        for (TextBlock b : blocks) {
            if (b.isJudgeable()) judged.add(new BlockGuess(b, cache.computeIfAbsent(b.text(), guesser::guess)));
        }
        return new PageLanguage(page, doc, blocks, List.copyOf(judged), guesser, cache);
    }

    public PageSnapshot page() {
        return page;
    }

    public String url() {
        return page.url();
    }

    /** The page's own parse; treat as read-only. */
    public Document document() {
        return document;
    }

    public List<TextBlock> blocks() {
        return blocks;
    }

    /** The blocks long enough to judge, with their guesses. */
    public List<BlockGuess> judged() {
        return judged;
    }

    /** The judged blocks that pass {@code filter}. */
    public List<BlockGuess> judged(Predicate<TextBlock> filter) {
        return judged.stream().filter(b -> filter.test(b.block())).toList();
    }

    public LanguageShares shares(Predicate<TextBlock> filter) {
        return LanguageShares.of(judged(filter));
    }

    /** The guess for any text, short or long, detected at most once per page. */
    public Guess guess(String text) {
        return cache.computeIfAbsent(text, guesser::guess);
    }

    public LanguageGuesser guesser() {
        return guesser;
    }

    /** The {@code lang} of {@code <html>} as written, or empty when absent. */
    public LanguageTag declared() {
        Element html = document.selectFirst("html");
        return new LanguageTag(html == null ? "" : html.attr("lang"));
    }

    /** Blocks that inherit their language from {@code <html>}: not marked with a lang of their own. */
    public static boolean inheritsFromHtml(TextBlock b) {
        return !b.isMarked();
    }
}
