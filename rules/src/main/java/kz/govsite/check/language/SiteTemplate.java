package kz.govsite.check.language;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import kz.govsite.check.SiteView;
import kz.govsite.crawl.ResourceKinds;
import kz.govsite.page.PageSnapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The site's template, found from the crawl itself: the text blocks that repeat on most pages of
 * one language (menus, footers, side blocks), whatever the markup. Many CMS menus are plain
 * {@code div}s without {@code nav} or {@code main}; counted as content, a Russian menu turns every
 * Kazakh page into an untranslated one. Template text is left out of each page's shares and judged
 * once for the site ({@link TemplateLanguage}).
 */
public final class SiteTemplate {
    /** A text is template when it is on at least this many pages of a language … */
    static final int MIN_PAGES = 3;
    /** … and on at least half of them. */
    static final double MIN_SHARE = 0.5;
    /** No template: every block is the page's own (a page judged alone). */
    public static final SiteTemplate NONE = new SiteTemplate(Map.of(), Map.of(), Map.of());

    private static final Map<SiteView, SiteTemplate> MEMO = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * One repeated block as first seen.
     *
     * @param text     its text
     * @param pages    on how many pages of the language it is
     * @param url      the first page it is on (by URL)
     * @param selector where it is on that page
     * @param snippet  its start tag and text
     * @param marked   whether a {@code lang} below {@code <html>} marks it
     */
    public record Text(String text, int pages, String url, String selector, String snippet, boolean marked) {
        public int words() {
            return Texts.words(text);
        }
    }

    private final Map<String, String> languageOfPage;
    private final Map<String, Integer> pagesOf;
    private final Map<String, Map<String, Text>> texts;

    private SiteTemplate(Map<String, String> languageOfPage, Map<String, Integer> pagesOf,
                         Map<String, Map<String, Text>> texts) {
        this.languageOfPage = languageOfPage;
        this.pagesOf = pagesOf;
        this.texts = texts;
    }

    /** The template of a finished crawl, found once and shared by the language and parity checks. */
    public static SiteTemplate of(SiteView site, LanguageGuesser guesser, LanguageOptions options) {
        return MEMO.computeIfAbsent(site, s -> of(s.pages(), guesser, options));
    }

    /** The template of these pages, grouped by the language each belongs to. */
    public static SiteTemplate of(List<PageSnapshot> pages, LanguageGuesser guesser, LanguageOptions options) {
        var rules = UrlLanguageRules.parse(options.pairing());
        var languageOfPage = new HashMap<String, String>();
        var pagesOf = new HashMap<String, Integer>();
        var counts = new HashMap<String, Map<String, Integer>>();
        var first = new HashMap<String, Map<String, Text>>();
        for (PageSnapshot page : pages) {
            if (!ResourceKinds.isHtml(page.contentType())) continue;
            Document doc = Jsoup.parse(page.html(), page.finalUrl());
            String language = ClaimedLanguage.of(doc, page.url(), rules, guesser.languages(), true)
                    .map(ClaimedLanguage::language).orElse("");
            languageOfPage.put(page.url(), language);
            pagesOf.merge(language, 1, Integer::sum);
            var seen = new LinkedHashSet<String>();
            List<TextBlock> blocks = TextBlocks.of(doc, options.ignoreSelectors());
            for (int i = 0; i < blocks.size(); i++) {
                TextBlock b = blocks.get(i);
                String key = key(b);
                if (key.isEmpty() || !seen.add(key)) continue;
                counts.computeIfAbsent(language, l -> new HashMap<>()).merge(key, 1, Integer::sum);
                // Where it is, as the block's place on the page: selectors are costly, and few texts are template.
                first.computeIfAbsent(language, l -> new HashMap<>()).putIfAbsent(key, new Text(b.text(), 0, page.url(),
                        String.valueOf(i), "", b.isMarked()));
            }
        }
        var texts = new HashMap<String, Map<String, Text>>();
        counts.forEach((language, byText) -> {
            int total = pagesOf.get(language);
            var kept = new LinkedHashMap<String, Text>();
            byText.entrySet().stream()
                    .filter(e -> e.getValue() >= MIN_PAGES && e.getValue() >= MIN_SHARE * total)
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> {
                        Text t = first.get(language).get(e.getKey());
                        kept.put(e.getKey(), new Text(t.text(), e.getValue(), t.url(), t.selector(), t.snippet(), t.marked()));
                    });
            if (!kept.isEmpty()) texts.put(language, kept);
        });
        locate(texts, pages, options);
        return new SiteTemplate(languageOfPage, pagesOf, texts);
    }

    /** Replaces each template text's place on its first page by its selector and snippet there. */
    private static void locate(Map<String, Map<String, Text>> texts, List<PageSnapshot> pages, LanguageOptions options) {
        var byUrl = new HashMap<String, List<Map.Entry<String, Text>>>();
        texts.values().forEach(m -> m.entrySet().forEach(e -> byUrl.computeIfAbsent(e.getValue().url(),
                u -> new java.util.ArrayList<>()).add(e)));
        for (PageSnapshot page : pages) {
            var wanted = byUrl.get(page.url());
            if (wanted == null) continue;
            List<TextBlock> blocks = TextBlocks.of(Jsoup.parse(page.html(), page.finalUrl()), options.ignoreSelectors());
            for (var e : wanted) {
                Text t = e.getValue();
                TextBlock b = blocks.get(Integer.parseInt(t.selector()));
                e.setValue(new Text(t.text(), t.pages(), t.url(), b.selector(), LanguageFindings.snippet(b.element()),
                        t.marked()));
            }
        }
    }

    /** Which blocks of the page at {@code url} are the site's template. */
    public Predicate<TextBlock> on(String url) {
        Map<String, Text> own = texts.getOrDefault(languageOfPage.getOrDefault(url, ""), Map.of());
        if (own.isEmpty()) return b -> false;
        return b -> own.containsKey(key(b));
    }

    /** The languages whose pages share a template. */
    public List<String> languages() {
        return texts.keySet().stream().sorted().toList();
    }

    /** How many pages belong to {@code language}. */
    public int pages(String language) {
        return pagesOf.getOrDefault(language, 0);
    }

    /** The template texts of the pages of {@code language}, in a stable order. */
    public List<Text> texts(String language) {
        return List.copyOf(texts.getOrDefault(language, Map.of()).values());
    }

    /** The title is each page's own; the other blocks are compared by their letters and digits. */
    private static String key(TextBlock b) {
        if (b.kind() == TextBlock.Kind.TITLE) return "";
        String key = Texts.comparable(b.text());
        return key.codePoints().anyMatch(Character::isLetter) ? key : "";
    }
}
