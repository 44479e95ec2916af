package kz.govsite.check.parity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.govsite.check.language.MainContent;
import kz.govsite.check.language.TextBlock;
import kz.govsite.check.language.TextBlocks;
import kz.govsite.crawl.ResourceKinds;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's main content is built of, counted: how much content (text blocks, words, numbers,
 * tables, informative images, links to documents, forms) and in which markup (headings by level,
 * list items). Twins are compared by content: one side may set the same paragraph openers in
 * {@code <h3>} and the other in {@code <p>}, or write list items as paragraphs.
 *
 * @param counts count per feature, in a fixed order
 */
record Structure(Map<String, Integer> counts) {
    /** How much there is: a thinner twin lacks content. */
    static final List<String> CONTENT = List.of("text blocks", "words", "numbers", "tables", "images", "documents",
            "forms");
    /** How it is marked up: differences count only where the content is thinner too. */
    static final List<String> MARKUP = List.of("h1", "h2", "h3", "h4", "h5", "h6", "list items");
    static final List<String> FEATURES = java.util.stream.Stream.concat(CONTENT.stream(), MARKUP.stream()).toList();
    private static final Set<TextBlock.Kind> TEXT_KINDS = java.util.EnumSet.of(TextBlock.Kind.HEADING,
            TextBlock.Kind.PARAGRAPH, TextBlock.Kind.LIST_ITEM, TextBlock.Kind.CELL, TextBlock.Kind.LINK,
            TextBlock.Kind.TEXT);

    Structure {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    static Structure of(Document doc, List<String> ignoreSelectors) {
        return of(doc, ignoreSelectors, TextBlocks.of(doc, ignoreSelectors));
    }

    /** @param blocks the page's text blocks, as the language rules split them */
    static Structure of(Document doc, List<String> ignoreSelectors, List<TextBlock> blocks) {
        Set<Element> ignored = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String s : ignoreSelectors) ignored.addAll(doc.select(s));
        var counts = new LinkedHashMap<String, Integer>();
        var text = new StringBuilder();
        int textBlocks = 0;
        int words = 0;
        for (TextBlock b : blocks) {
            if (!b.inMainContent() || !TEXT_KINDS.contains(b.kind())
                    || b.text().codePoints().noneMatch(Character::isLetterOrDigit)) continue;
            textBlocks++;
            words += b.words();
            text.append(b.text()).append(" | ");
        }
        counts.put("text blocks", textBlocks);
        counts.put("words", words);
        counts.put("numbers", Numbers.of(text.toString()).size());
        MainContent main = MainContent.of(doc);
        for (int level = 1; level <= 6; level++) counts.put("h" + level, count(doc, "h" + level, main, ignored));
        counts.put("list items", count(doc, "li", main, ignored));
        counts.put("tables", count(doc, "table", main, ignored));
        // alt="" marks decoration, which translations may well leave out.
        counts.put("images", (int) doc.select("img[src]").stream()
                .filter(img -> !(img.hasAttr("alt") && img.attr("alt").isBlank()))
                .filter(img -> !img.attr("role").equalsIgnoreCase("presentation"))
                .filter(img -> counts(img, main, ignored)).count());
        int documents = 0;
        for (Element a : doc.select("a[href]")) {
            if (counts(a, main, ignored) && ResourceKinds.isDocument(a.absUrl("href"))) documents++;
        }
        counts.put("documents", documents);
        counts.put("forms", count(doc, "form", main, ignored));
        return new Structure(counts);
    }

    private static int count(Document doc, String selector, MainContent main, Set<Element> ignored) {
        return (int) doc.select(selector).stream().filter(e -> counts(e, main, ignored)).count();
    }

    private static boolean counts(Element el, MainContent main, Set<Element> ignored) {
        if (!main.contains(el)) return false;
        for (Element e = el; e != null; e = e.parent()) {
            if (ignored.contains(e)) return false;
        }
        return true;
    }

    /**
     * What this page has less of than {@code other}, beyond tolerance: "40 of 96 text blocks, 2 of 5
     * h2 sections". Markup (headings, list items) is named only when the content is thinner too.
     */
    List<String> lacks(Structure other) {
        var out = new ArrayList<String>();
        for (String feature : CONTENT) {
            int mine = counts.getOrDefault(feature, 0);
            int theirs = other.counts.getOrDefault(feature, 0);
            if (thinner(feature, mine, theirs)) out.add(mine + " of " + theirs + " " + label(feature));
        }
        if (out.isEmpty()) return out;
        for (String feature : MARKUP) {
            int mine = counts.getOrDefault(feature, 0);
            int theirs = other.counts.getOrDefault(feature, 0);
            if (thinner(feature, mine, theirs)) out.add(mine + " of " + theirs + " " + label(feature));
        }
        return out;
    }

    /** What {@link #lacks} says, as «feature mine/theirs» items with the features' ids, for texts in other languages. */
    List<String> lackedCounts(Structure other) {
        var out = new ArrayList<String>();
        for (List<String> features : List.of(CONTENT, MARKUP)) {
            if (features == MARKUP && out.isEmpty()) break;
            for (String feature : features) {
                int mine = counts.getOrDefault(feature, 0);
                int theirs = other.counts.getOrDefault(feature, 0);
                if (thinner(feature, mine, theirs)) out.add(feature + " " + mine + "/" + theirs);
            }
        }
        return out;
    }

    private static boolean thinner(String feature, int mine, int theirs) {
        if (mine >= theirs) return false;
        return switch (feature) {
            // Kazakh says in one word what Russian says in two or three: only a large gap is missing text.
            case "words" -> mine < 0.6 * theirs && theirs - mine >= 20;
            // News lists and the like differ by an item or so between languages without anything missing.
            case "text blocks", "numbers", "list items" -> mine <= 0.8 * theirs && theirs - mine >= 2;
            default -> mine <= 0.8 * theirs;
        };
    }

    private static String label(String feature) {
        return switch (feature) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> feature + " sections";
            case "documents" -> "documents (PDF, DOC…)";
            default -> feature;
        };
    }
}
