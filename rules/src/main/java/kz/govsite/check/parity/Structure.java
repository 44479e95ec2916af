package kz.govsite.check.parity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.govsite.check.language.MainContent;
import kz.govsite.crawl.ResourceKinds;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's main content is built of, counted: headings by level, list items, tables,
 * informative images, links to documents and forms.
 *
 * @param counts count per feature, in a fixed order
 */
record Structure(Map<String, Integer> counts) {
    static final List<String> FEATURES = List.of("h1", "h2", "h3", "h4", "h5", "h6", "list items", "tables", "images",
            "documents", "forms");

    Structure {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    static Structure of(Document doc, List<String> ignoreSelectors) {
        Set<Element> ignored = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String s : ignoreSelectors) ignored.addAll(doc.select(s));
        var counts = new LinkedHashMap<String, Integer>();
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

    /** What this page has less of than {@code other}, beyond tolerance: "2 of 5 h2 sections". */
    List<String> lacks(Structure other) {
        var out = new ArrayList<String>();
        for (String feature : FEATURES) {
            int mine = counts.getOrDefault(feature, 0);
            int theirs = other.counts.getOrDefault(feature, 0);
            if (mine >= theirs || mine > 0.8 * theirs) continue;
            // News lists and the like differ by an item or so between languages without anything missing.
            if (feature.equals("list items") && theirs - mine < 2) continue;
            out.add(mine + " of " + theirs + " " + label(feature));
        }
        return out;
    }

    private static String label(String feature) {
        return switch (feature) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> feature + " sections";
            case "documents" -> "documents (PDF, DOC…)";
            default -> feature;
        };
    }
}
