package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ControlVocabularyTest {
    @Test
    void readsSectionsSelectorsWithBracketsAndSchemes() {
        var vocabulary = ControlVocabulary.parse(List.of(
                "# comment",
                "[open-selectors]",
                ".bvi-open",
                "",
                "[close-selectors]",
                "[data-bvi=\"close\"]",
                "  #bvi-panel-close  ",
                "[open-phrases]",
                "слабовид",
                "[schemes]",
                "white = .bvi-theme-white, #bvi-theme-white",
                "[mode-markers]",
                "body.bvi-active"));
        assertEquals(List.of(".bvi-open"), vocabulary.openSelectors());
        assertEquals(List.of("[data-bvi=\"close\"]", "#bvi-panel-close"), vocabulary.closeSelectors());
        assertEquals(List.of(new ColourScheme("white", List.of(".bvi-theme-white", "#bvi-theme-white"))),
                vocabulary.schemes());
        assertEquals(List.of("body.bvi-active"), vocabulary.modeMarkers());
        assertTrue(vocabulary.openPhrases().matches("Для слабовидящих"));
        assertEquals(List.of(), vocabulary.panelSelectors());
    }

    @Test
    void namesTheLineOfAnUnknownSectionOrAnEntryWithoutOne() {
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> ControlVocabulary.parse(List.of("[open-selectors]", ".a", "[opener-phrases]")));
        assertTrue(unknown.getMessage().startsWith("line 3: unknown section [opener-phrases]; known: open-selectors, "),
                unknown.getMessage());
        var orphan = assertThrows(IllegalArgumentException.class, () -> ControlVocabulary.parse(List.of(".bvi-open")));
        assertEquals("line 1: '.bvi-open' comes before any [section]", orphan.getMessage());
    }

    @Test
    void theShippedFileKnowsBothBviGenerations() {
        var standard = ControlVocabulary.standard();
        assertEquals(".bvi-open", standard.openSelectors().get(0));
        assertTrue(standard.closeSelectors().containsAll(List.of("[data-bvi=\"close\"]", "#bvi-panel-close",
                ".bvi-panel-close")));
        assertTrue(standard.sizeUpSelectors().containsAll(List.of(".bvi-fontSize-plus", "#bvi-font-size-more")));
        assertEquals(List.of("white", "black", "blue", "brown", "green"),
                standard.schemes().stream().map(ColourScheme::name).toList());
        assertTrue(standard.modeMarkers().containsAll(List.of("body.bvi-active", ".bvi-body[data-bvi-size]")));
        assertEquals(List.of(".bvi-hide"), standard.hiddenOnPurposeSelectors());
    }
}
