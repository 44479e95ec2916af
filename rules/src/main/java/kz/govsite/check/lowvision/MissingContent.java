package kz.govsite.check.lowvision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Content of the normal version that a user of the mode cannot see: words, link targets (pages
 * and documents) and images, told by their alt text.
 */
public record MissingContent(List<String> words, List<String> links, List<String> imageAlts) {
    public MissingContent {
        words = List.copyOf(words);
        links = List.copyOf(links);
        imageAlts = List.copyOf(imageAlts);
    }

    /** What the normal version shows and the mode does not, leaving out what the site hides on purpose. */
    public static MissingContent inMode(PageState normal, PageState mode) {
        return between(normal.tokens(), normal.links(), alts(normal.images()), mode);
    }

    /** What the site marks to be hidden in the mode (bvi's {@code .bvi-hide}) and the mode indeed hides. */
    public static MissingContent hiddenOnPurpose(PageState normal, PageState mode) {
        return between(normal.onPurposeTokens(), normal.onPurposeLinks(), alts(normal.onPurposeImages()), mode);
    }

    private static MissingContent between(List<String> words, List<String> links, List<String> alts, PageState mode) {
        Set<String> shownWords = union(mode.tokens(), mode.onPurposeTokens());
        Set<String> shownLinks = union(mode.links(), mode.onPurposeLinks());
        Set<String> shownAlts = union(alts(mode.images()), alts(mode.onPurposeImages()));
        // Numbers come and go on their own (clocks, counters, dates of the latest news).
        var missingWords = words.stream().filter(w -> !shownWords.contains(w) && !w.chars().allMatch(Character::isDigit))
                .toList();
        var missingLinks = links.stream().filter(l -> !shownLinks.contains(l)).toList();
        var missingAlts = alts.stream().filter(a -> !shownAlts.contains(a)).distinct().toList();
        return new MissingContent(missingWords, missingLinks, missingAlts);
    }

    public boolean isEmpty() {
        return words.isEmpty() && links.isEmpty() && imageAlts.isEmpty();
    }

    /** For the message: "3 words («а», «б», «в»), 1 link (…), 1 image («…»)". */
    public String describe(int examples) {
        var parts = new ArrayList<String>();
        if (!words.isEmpty()) parts.add(count(words.size(), "word", "words") + " (" + quoted(words, examples) + ")");
        if (!links.isEmpty()) parts.add(count(links.size(), "link", "links") + " (" + listed(links, examples) + ")");
        if (!imageAlts.isEmpty()) {
            parts.add(count(imageAlts.size(), "image", "images") + " (" + quoted(imageAlts, examples) + ")");
        }
        return String.join(", ", parts);
    }

    private static List<String> alts(List<PageState.Image> images) {
        return images.stream().map(i -> PhraseList.normalise(i.alt())).toList();
    }

    private static Set<String> union(List<String> a, List<String> b) {
        var set = new LinkedHashSet<>(a);
        set.addAll(b);
        return set;
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String quoted(List<String> items, int examples) {
        var shown = items.stream().limit(examples).map(s -> "«" + s + "»").toList();
        return String.join(", ", shown) + (items.size() > examples ? ", …" : "");
    }

    static String listed(List<String> items, int examples) {
        return String.join(", ", items.stream().limit(examples).toList()) + (items.size() > examples ? ", …" : "");
    }
}
