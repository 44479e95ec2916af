package kz.govsite.check.lowvision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds low-vision toggles that have no text label, by what the site calls them (ids, classes,
 * hrefs such as {@code enableuGost}, {@code special_version}, {@code version=special}) and what a
 * person sees (an eye or glasses icon), and ranks them so that a look-alike is not taken for one.
 * Their missing accessible name stays axe's finding; here they only need to be found.
 */
final class IconToggles {
    /** Hints must add up to this: one strong hint, or two weak ones that agree. */
    static final int ENOUGH = 2;
    /** An eye on a link to a picture or a document is a "view" button of a gallery or file list. */
    private static final Pattern FILE_LINK = Pattern.compile(
            "\\.(jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|pptx?|rtf|odt|zip|rar)([?#\\s]|$)");

    private IconToggles() {
    }

    /**
     * A clickable element and its clues.
     *
     * @param control      the element
     * @param text         its visible text
     * @param names        its id and classes, lower case
     * @param href         its href and onclick, lower case
     * @param icons        classes, ids, image files and alt texts of what it holds
     * @param nearPassword whether it sits by a password field (a "show password" eye)
     */
    record Candidate(Control control, String text, List<String> names, String href, List<String> icons,
                     boolean nearPassword) {
        Candidate {
            text = text == null ? "" : text;
            names = names == null ? List.of() : List.copyOf(names);
            href = href == null ? "" : href;
            icons = icons == null ? List.of() : List.copyOf(icons);
        }
    }

    /** The candidates that pass, the strongest first, visible before hidden at equal strength. */
    static List<Control> rank(List<Candidate> candidates, ControlVocabulary vocabulary) {
        var scored = new ArrayList<Scored>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            int score = score(c, vocabulary.openHints());
            if (score < ENOUGH || c.nearPassword() || FILE_LINK.matcher(c.href()).find()) continue;
            // A label says what the control is: "Специальные предложения" is not an opener, "123" a view counter.
            if (hasLabel(c.text()) && !vocabulary.openPhrases().matches(c.text())) continue;
            if (vocabulary.closePhrases().matches(c.control().name())) continue;
            scored.add(new Scored(c, score, iconOnly(c, vocabulary.openHints()), i));
        }
        dropRepeatedIcons(scored);
        scored.sort(Comparator.comparingInt((Scored s) -> -s.score())
                .thenComparing(s -> !s.candidate().control().visible())
                .thenComparingInt(Scored::order));
        return scored.stream().map(s -> s.candidate().control()).toList();
    }

    /** The sum of the weights of the hints found on the control. */
    static int score(Candidate c, List<OpenHint> hints) {
        int score = 0;
        for (OpenHint hint : hints) {
            boolean found = switch (hint.where()) {
                case NAME -> c.names().stream().anyMatch(hint::foundIn);
                case HREF -> hint.foundIn(c.href());
                case ICON -> c.icons().stream().anyMatch(hint::foundIn);
            };
            if (found) score += hint.weight();
        }
        return score;
    }

    /**
     * An eye that stands on many links to different places ("views" of news items, a gallery's
     * zoom) marks items, not a site's one toggle: such icon-only clues are dropped when three or more
     * controls carry them to different targets.
     */
    private static void dropRepeatedIcons(List<Scored> scored) {
        Set<String> targets = new HashSet<>();
        scored.stream().filter(Scored::iconOnly).forEach(s -> targets.add(s.candidate().href()));
        if (targets.size() >= 3) scored.removeIf(Scored::iconOnly);
    }

    private static boolean iconOnly(Candidate c, List<OpenHint> hints) {
        var withoutIcons = new Candidate(c.control(), c.text(), c.names(), c.href(), List.of(), c.nearPassword());
        return score(withoutIcons, hints) == 0;
    }

    private static boolean hasLabel(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private record Scored(Candidate candidate, int score, boolean iconOnly, int order) {
    }
}
