package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MissingContentTest {
    static PageState content(List<String> tokens, List<String> onPurposeTokens, List<String> links,
                             List<PageState.Image> images) {
        return new PageState("http://site.test/", 16, "", "", "", List.of(), List.of(), List.of(), tokens,
                onPurposeTokens, links, List.of(), images, List.of(), List.of(), "", "", "", 0, 0, 0, Map.of());
    }

    @Test
    void namesMissingWordsLinksAndImagesInDocumentOrder() {
        var normal = content(List.of("бюджет", "отчет", "2025", "главная"), List.of(),
                List.of("http://site.test/", "http://site.test/docs/plan.pdf"),
                List.of(new PageState.Image("/map.png", "Карта  области")));
        var mode = content(List.of("главная", "панель"), List.of(), List.of("http://site.test/"), List.of());
        var missing = MissingContent.inMode(normal, mode);
        assertEquals(List.of("бюджет", "отчет"), missing.words(), "numbers come and go by themselves");
        assertEquals(List.of("http://site.test/docs/plan.pdf"), missing.links());
        assertEquals(List.of("карта области"), missing.imageAlts());
        assertEquals("2 words («бюджет», «отчет»), 1 link (http://site.test/docs/plan.pdf), 1 image («карта области»)",
                missing.describe(8));
    }

    @Test
    void contentHiddenOnPurposeIsToldApart() {
        var normal = content(List.of("новости"), List.of("слайдер"), List.of(), List.of());
        var mode = content(List.of("новости"), List.of(), List.of(), List.of());
        assertTrue(MissingContent.inMode(normal, mode).isEmpty());
        assertEquals(List.of("слайдер"), MissingContent.hiddenOnPurpose(normal, mode).words());
    }

    @Test
    void shortensLongListsWithAnEllipsis() {
        var normal = content(List.of("один", "два", "три"), List.of(), List.of(), List.of());
        var missing = MissingContent.inMode(normal, content(List.of(), List.of(), List.of(), List.of()));
        assertEquals("3 words («один», «два», …)", missing.describe(2));
    }
}
