package kz.govsite.check.language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kz.govsite.InvalidConfigException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Splits a page into {@link TextBlock}s: each heading, paragraph, list item, cell, caption and
 * standalone link is one block; an element with its own {@code lang} starts a block of its own
 * (a marked passage); alt texts are blocks; code, scripts, hidden elements and whatever the user
 * marks with {@code govsite.ignoreSelectors} are left out.
 */
public final class TextBlocks {
    private static final Set<String> LEAF_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "td", "th", "caption", "figcaption", "blockquote", "label", "legend", "summary", "button", "address");
    private static final Set<String> CONTAINERS = Set.of("html", "body", "div", "section", "article", "main", "aside",
            "header", "footer", "nav", "form", "fieldset", "ul", "ol", "dl", "menu", "table", "thead", "tbody", "tfoot",
            "tr", "figure", "details", "dialog", "hgroup", "search", "center");
    /** Not prose: code, scripts, embedded documents and widgets whose option lists are not content. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "code", "pre", "kbd",
            "samp", "var", "svg", "math", "iframe", "object", "embed", "canvas", "select", "datalist", "textarea",
            "head");
    private static final Pattern HIDING_STYLE = Pattern.compile(
            "(^|;)\\s*(display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

    private TextBlocks() {
    }

    /** Fails with the parameter's name when a selector of {@code govsite.ignoreSelectors} cannot be parsed. */
    public static void validateSelectors(List<String> selectors) {
        for (String s : selectors) {
            try {
                QueryParser.parse(s);
            } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                throw new InvalidConfigException("govsite.ignoreSelectors", "'" + s + "' is not a CSS selector: "
                        + e.getMessage());
            }
        }
    }

    /** The page's blocks in document order: the title first, then the body's. */
    public static List<TextBlock> of(Document doc, List<String> ignoreSelectors) {
        var ignored = Collections.<Element>newSetFromMap(new IdentityHashMap<>());
        for (String s : ignoreSelectors) ignored.addAll(doc.select(s));
        var blocks = new ArrayList<TextBlock>();
        Element html = doc.selectFirst("html");
        Element htmlLang = html != null && !html.attr("lang").isEmpty() ? html : null;
        Element title = doc.selectFirst("head > title, title");
        if (title != null && !Texts.collapse(title.text()).isEmpty() && !ignored.contains(title)) {
            blocks.add(new TextBlock(Texts.collapse(title.text()), TextBlock.Kind.TITLE, title, htmlLang, false));
        }
        Element body = doc.body();
        if (body != null) {
            var collector = new Collector(ignored, doc.selectFirst("main, [role=main]") != null);
            Element lang = body.attr("lang").isEmpty() ? htmlLang : body;
            collector.start(body, lang);
            body.filter(collector);
            blocks.addAll(collector.blocks());
        }
        return List.copyOf(blocks);
    }

    private static boolean hidden(Element el) {
        if (el.hasAttr("hidden")) return true;
        if (el.tagName().equals("input") && el.attr("type").equalsIgnoreCase("hidden")) return true;
        return HIDING_STYLE.matcher(el.attr("style")).find();
    }

    /** Walks the body once, keeping a stack of who owns the text and where its language comes from. */
    private static final class Collector implements NodeFilter {
        private record Context(Element owner, Element lang, boolean inMain) {
        }

        private final Set<Element> ignored;
        private final boolean pageHasMain;
        private final Deque<Context> stack = new ArrayDeque<>();
        private final Map<Element, StringBuilder> texts = new IdentityHashMap<>();
        private final Map<Element, Context> owners = new IdentityHashMap<>();
        private final List<Element> order = new ArrayList<>();
        private final List<TextBlock> alts = new ArrayList<>();
        private final Map<Element, Integer> altPositions = new IdentityHashMap<>();
        private Element root;

        Collector(Set<Element> ignored, boolean pageHasMain) {
            this.ignored = ignored;
            this.pageHasMain = pageHasMain;
        }

        void start(Element body, Element lang) {
            root = body;
            // Without a <main>, everything but navigation, header and footer is content.
            stack.push(new Context(body, lang, !pageHasMain));
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                Context ctx = stack.peek();
                own(ctx).append(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) return FilterResult.CONTINUE;
            if (el == root) return FilterResult.CONTINUE;
            String tag = el.tagName().toLowerCase(Locale.ROOT);
            if (SKIPPED.contains(tag) || ignored.contains(el) || hidden(el)) return FilterResult.SKIP_ENTIRELY;
            Context parent = stack.peek();
            Element lang = el.attr("lang").isEmpty() ? parent.lang() : el;
            boolean inMain = pageHasMain ? parent.inMain() || isMain(el) : parent.inMain() && !isChrome(el);
            Element owner = parent.owner();
            if (LEAF_BLOCKS.contains(tag) || CONTAINERS.contains(tag) || lang != parent.lang()
                    || tag.equals("a") && CONTAINERS.contains(parent.owner().tagName())) {
                owner = el;
            }
            Context ctx = new Context(owner, lang, inMain);
            stack.push(ctx);
            if (tag.equals("br") || tag.equals("img")) own(parent).append(' ');
            String alt = isAltCarrier(el, tag) ? accessibleName(el) : "";
            if (!alt.isBlank()) {
                altPositions.put(el, order.size());
                alts.add(new TextBlock(Texts.collapse(alt), TextBlock.Kind.ALT, el, lang, inMain));
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el && el != root) {
                Context ctx = stack.pop();
                // A block ends: what follows in its container is a separate piece of text.
                if (ctx.owner() == el && !stack.isEmpty()) own(stack.peek()).append(' ');
            }
            return FilterResult.CONTINUE;
        }

        private StringBuilder own(Context ctx) {
            StringBuilder sb = texts.get(ctx.owner());
            if (sb == null) {
                sb = new StringBuilder();
                texts.put(ctx.owner(), sb);
                owners.put(ctx.owner(), ctx);
                order.add(ctx.owner());
            }
            return sb;
        }

        List<TextBlock> blocks() {
            var out = new ArrayList<TextBlock>();
            int alt = 0;
            for (int i = 0; i < order.size(); i++) {
                while (alt < alts.size() && altPositions.get(alts.get(alt).element()) <= i) out.add(alts.get(alt++));
                Element owner = order.get(i);
                String text = Texts.collapse(texts.get(owner).toString());
                if (text.isEmpty()) continue;
                Context ctx = owners.get(owner);
                out.add(new TextBlock(text, kindOf(owner), owner, ctx.lang(), ctx.inMain()));
            }
            while (alt < alts.size()) out.add(alts.get(alt++));
            return out;
        }

        /** An image's name as assistive technology reads it: aria-labelledby, aria-label, then alt. */
        private static String accessibleName(Element img) {
            String ids = img.attr("aria-labelledby").strip();
            if (!ids.isEmpty()) {
                var sb = new StringBuilder();
                for (String id : ids.split("\\s+")) {
                    // Referenced text counts even when hidden: it is read out as the image's name.
                    Element ref = img.ownerDocument() == null ? null : img.ownerDocument().getElementById(id);
                    if (ref != null) sb.append(ref.text()).append(' ');
                }
                if (!sb.toString().isBlank()) return sb.toString();
            }
            if (!img.attr("aria-label").isBlank()) return img.attr("aria-label");
            return img.attr("alt");
        }

        private static boolean isAltCarrier(Element el, String tag) {
            return tag.equals("img") || tag.equals("area")
                    || tag.equals("input") && el.attr("type").equalsIgnoreCase("image");
        }

        private static boolean isMain(Element el) {
            return el.tagName().equals("main") || el.attr("role").equalsIgnoreCase("main");
        }

        private boolean isChrome(Element el) {
            return MainContent.isChrome(el, root);
        }
    }

    private static TextBlock.Kind kindOf(Element el) {
        return switch (el.tagName().toLowerCase(Locale.ROOT)) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
            case "p", "blockquote", "address" -> TextBlock.Kind.PARAGRAPH;
            case "li", "dt", "dd" -> TextBlock.Kind.LIST_ITEM;
            case "td", "th", "caption" -> TextBlock.Kind.CELL;
            case "a" -> TextBlock.Kind.LINK;
            default -> TextBlock.Kind.TEXT;
        };
    }
}
