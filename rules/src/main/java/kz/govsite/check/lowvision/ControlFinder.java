package kz.govsite.check.lowvision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the mode's controls on the page: the opener, the way back, the "larger text" button, the schemes. */
final class ControlFinder {
    private final PageProbe probe;
    private final ControlVocabulary vocabulary;

    ControlFinder(PageProbe probe, ControlVocabulary vocabulary) {
        this.probe = probe;
        this.vocabulary = vocabulary;
    }

    /**
     * The controls that switch the mode on, the one to click first: the configured selector's, else
     * a plugin's, else those named like an opener, else those an eye icon, id, class or href marks
     * (the strongest first); visible ones before hidden ones. Sites often
     * have several (header, footer, mobile menu), and a mode may hide them all.
     */
    List<Control> openers(String configuredSelector) {
        if (configuredSelector != null && !configuredSelector.isBlank()) {
            return visibleFirst(probe.bySelectors(List.of(configuredSelector)));
        }
        var known = probe.bySelectors(vocabulary.openSelectors());
        if (!known.isEmpty()) return visibleFirst(known);
        var named = visibleFirst(byName(probe.controls(), vocabulary.openPhrases(), vocabulary.closePhrases()));
        if (!named.isEmpty()) return named;
        // A text label is the surest sign; only without one do icons, ids and hrefs decide.
        return IconToggles.rank(probe.hinted(), vocabulary);
    }

    /**
     * The visible control that returns to the normal version, with the mode on. A single button that
     * toggles both ways counts when it is still shown.
     */
    Optional<Control> closer(Control opener) {
        var known = probe.bySelectors(vocabulary.closeSelectors()).stream().filter(Control::visible).findFirst();
        if (known.isPresent()) return known;
        var named = probe.controls().stream().filter(Control::visible)
                .filter(c -> vocabulary.closePhrases().matches(c.name())).findFirst();
        if (named.isPresent()) return named;
        return probe.bySelectors(List.of(opener.selector())).stream().filter(Control::visible).findFirst();
    }

    /** The mode's visible "larger text" control. */
    Optional<Control> sizeUp() {
        var known = probe.bySelectors(vocabulary.sizeUpSelectors()).stream().filter(Control::visible).findFirst();
        if (known.isPresent()) return known;
        return probe.controls().stream().filter(Control::visible)
                .filter(c -> vocabulary.sizeUpPhrases().matches(c.name())).findFirst();
    }

    /** The colour schemes the mode offers, each with its control. */
    List<SchemeControl> schemes() {
        // One look for every scheme's selectors: each selector's matches come back in the order asked.
        var selectors = new ArrayList<String>();
        vocabulary.schemes().forEach(s -> selectors.addAll(s.selectors()));
        List<Control> found = probe.bySelectors(selectors);
        var out = new ArrayList<SchemeControl>();
        for (ColourScheme scheme : vocabulary.schemes()) {
            found.stream().filter(c -> scheme.selectors().contains(c.selector())).findFirst()
                    .ifPresent(c -> out.add(new SchemeControl(scheme.name(), c)));
        }
        return out;
    }

    /** The controls whose name is wanted and not unwanted, in document order. */
    static List<Control> byName(List<Control> controls, PhraseList wanted, PhraseList unwanted) {
        return controls.stream().filter(c -> wanted.matches(c.name()) && !unwanted.matches(c.name())).toList();
    }

    /** Visible controls first, each group in document order. */
    static List<Control> visibleFirst(List<Control> controls) {
        var out = new ArrayList<Control>(controls.stream().filter(Control::visible).toList());
        controls.stream().filter(c -> !c.visible()).forEach(out::add);
        return out;
    }

    /** A colour scheme and the control that picks it. */
    record SchemeControl(String scheme, Control control) {
    }
}
