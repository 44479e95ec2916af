package kz.govsite.check.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kz.govsite.crawl.UrlNormalizer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A {@code <link rel="alternate" hreflang>} of a page: where it says its version in another language is.
 *
 * @param hreflang the attribute as written
 * @param href     the href as written
 * @param url      the href resolved and normalised, or empty when it is not a usable URL
 */
public record Alternate(String hreflang, String href, String url) {
    /** The page's alternates, in document order. */
    public static List<Alternate> of(Document doc) {
        var out = new ArrayList<Alternate>();
        for (Element link : doc.select("link[hreflang]")) {
            boolean alternate = Arrays.stream(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"))
                    .anyMatch("alternate"::equals);
            if (!alternate) continue;
            String href = link.attr("href").strip();
            out.add(new Alternate(link.attr("hreflang").strip(), href,
                    href.isEmpty() ? "" : UrlNormalizer.normalize(doc.location(), href).orElse("")));
        }
        return out;
    }

    /** The language it names ({@code kk} also for the common {@code kz}), empty for {@code x-default}. */
    public String language() {
        return isDefault() ? "" : new LanguageTag(hreflang).intendedLanguage();
    }

    public boolean isDefault() {
        return hreflang.equalsIgnoreCase("x-default");
    }

    /** Whether the href is a full URL with a scheme, as search engines require of alternates. */
    public boolean isAbsolute() {
        return href.matches("(?i)^https?://.+");
    }

    /** The element as it would read in the source. */
    public String snippet() {
        return "<link rel=\"alternate\" hreflang=\"" + hreflang + "\" href=\"" + href + "\">";
    }
}

