package kz.govsite.check.lowvision;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What decides how a page's low-vision mode behaves, apart from its content: the origin, the toggle,
 * the scripts and stylesheets, and the skeleton of the blocks every page of a template shares (header,
 * navigation, footer, the mode's panel). Two pages with the same signature run the same mode code on
 * the same controls, so its way back and its memory behave the same on both.
 *
 * <p>The skeleton keeps no text, links or classes: a menu marks the current page with a class or
 * {@code aria-current}, which it does not see, while a way back that lost its {@code data-}
 * attribute, or a missing button, changes it.
 */
final class TemplateSignature {
    /** Landmarks, and the blocks of CMS markup without them (Bitrix {@code div.header}, {@code #top-menu}). */
    private static final String BLOCKS = "header, nav, footer, aside, [role=banner], [role=navigation], "
            + "[role=contentinfo], [class*=header], [id*=header], [class*=menu], [id*=menu], [class*=footer], "
            + "[id*=footer], [class*=bvi], [class*=special], [class*=eye], [id*=bvi], [id*=special], [class*=panel]";

    private TemplateSignature() {
    }

    static String of(String url, String toggleSelector, Document document) {
        var parts = new TreeSet<String>();
        for (Element script : document.select("script[src]")) parts.add("script " + path(script.attr("src")));
        for (Element css : document.select("link[rel~=(?i)stylesheet][href]")) parts.add("css " + path(css.attr("href")));
        for (Element block : document.select(BLOCKS)) parts.add("block " + skeleton(block));
        return origin(url) + " " + toggleSelector + " " + sha256(String.join("\n", parts)).substring(0, 12);
    }

    /**
     * The distinct elements of the block and everything in it: name, attribute names, and the values
     * of the attributes that wire controls to scripts ({@code id}, {@code type}, {@code role},
     * {@code data-*}, {@code aria-*} except labels and {@code aria-current}). A set, so that a list of three
     * related links and one of five share a skeleton.
     */
    private static String skeleton(Element block) {
        var elements = new TreeSet<String>();
        for (Element e : block.getAllElements()) {
            var out = new StringBuilder("<").append(e.normalName());
            var attributes = new TreeSet<String>();
            for (Attribute a : e.attributes()) {
                String key = a.getKey();
                if (key.equals("class") || key.equals("href") || key.equals("src") || key.equals("alt")
                        || key.equals("title") || key.equals("aria-current")) {
                    continue; // the current page's marker and the page's own content
                }
                attributes.add(wiring(key) ? key + "=" + a.getValue() : key);
            }
            attributes.forEach(n -> out.append(' ').append(n));
            elements.add(out.append('>').toString());
        }
        return String.join("", elements);
    }

    private static boolean wiring(String key) {
        return key.equals("id") || key.equals("type") || key.equals("role") || key.startsWith("data-")
                || key.startsWith("aria-") && !key.startsWith("aria-label");
    }

    /** Path of a script or stylesheet, without the query that versions it. */
    private static String path(String ref) {
        int q = ref.indexOf('?');
        return q < 0 ? ref : ref.substring(0, q);
    }

    private static String origin(String url) {
        try {
            var uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
