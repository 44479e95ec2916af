package kz.govsite.check.language;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where a page's main content is: its {@code <main>} (or {@code role="main"}), else everything but
 * navigation and the page-wide header and footer. Menus are the same on every page and often
 * differ between languages for good reasons, so parity and untranslated-page rules look here only.
 */
public final class MainContent {
    static final String CHROME = "nav, [role=navigation], [role=banner], [role=contentinfo], [role=search]";

    private final Element main;
    private final Element body;

    private MainContent(Element main, Element body) {
        this.main = main;
        this.body = body;
    }

    public static MainContent of(Document doc) {
        return new MainContent(doc.selectFirst("main, [role=main]"), doc.body());
    }

    /** Whether the element lies in the main content. */
    public boolean contains(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (main != null) {
                if (e == main) return true;
            } else {
                if (e == body) return true;
                if (isChrome(e, body)) return false;
            }
        }
        return false;
    }

    static boolean isChrome(Element el, Element body) {
        String tag = el.tagName();
        if ((tag.equals("header") || tag.equals("footer")) && el.parent() == body) return true;
        return el.is(CHROME);
    }
}
