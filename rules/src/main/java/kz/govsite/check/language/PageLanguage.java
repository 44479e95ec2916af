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
    private final Predicate<TextBlock> isTemplate;
    private final int templateWords;

    private PageLanguage(PageSnapshot page, Document document, List<TextBlock> blocks, List<BlockGuess> judged,
                         LanguageGuesser guesser, Map<String, Guess> cache, Predicate<TextBlock> isTemplate,
                         int templateWords) {
        this.isTemplate = isTemplate;
        this.templateWords = templateWords;
        this.page = page;
        this.document = document;
        this.blocks = blocks;
        this.judged = judged;
        this.guesser = guesser;
        this.cache = cache;
    }

    /** Splits the page and guesses every judgeable block. */
    public static PageLanguage analyze(PageSnapshot page, LanguageGuesser guesser, List<String> ignoreSelectors) {
        return analyze(page, guesser, ignoreSelectors, SiteTemplate.NONE);
    }

    /** The same, leaving the site's template out of what is judged: it is judged once, for the site. */
    public static PageLanguage analyze(PageSnapshot page, LanguageGuesser guesser, List<String> ignoreSelectors,
                                       SiteTemplate template) {
        // A private parse: the snapshot's cached DOM would stay in memory for the site-wide checks.
        Document doc = Jsoup.parse(page.html(), page.finalUrl());
        var blocks = TextBlocks.of(doc, ignoreSelectors);
        Predicate<TextBlock> isTemplate = template.on(page.url());
        var cache = new HashMap<String, Guess>();
        var judged = new ArrayList<BlockGuess>();
        int templateWords = 0;
        for (TextBlock b : blocks) {
            if (isTemplate.test(b)) templateWords += b.words();
            else if (b.isJudgeable()) judged.add(new BlockGuess(b, cache.computeIfAbsent(b.text(), guesser::guess)));
        }
        return new PageLanguage(page, doc, blocks, List.copyOf(judged), guesser, cache, isTemplate, templateWords);
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

    /** Whether the block is the site's template rather than the page's own text. */
    public boolean isTemplate(TextBlock block) {
        return isTemplate.test(block);
    }

    /** Words of the page's template blocks, left out of {@link #judged()}. */
    public int templateWords() {
        return templateWords;
    }

    /** The blocks long enough to judge, with their guesses; the site's template is not among them. */
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
