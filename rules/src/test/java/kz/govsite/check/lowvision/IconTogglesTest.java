package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class IconTogglesTest {
    private static final ControlVocabulary WORDS = ControlVocabulary.standard();

    private static IconToggles.Candidate candidate(String selector, String text, List<String> names, String href,
                                                   List<String> icons) {
        return new IconToggles.Candidate(new Control(null, text, selector, true), text, names, href, icons, false);
    }

    private static List<String> ranked(IconToggles.Candidate... candidates) {
        return IconToggles.rank(List.of(candidates), WORDS).stream().map(Control::selector).toList();
    }

    @Test
    void findsToggleByTheirIconsIdsClassesAndHrefsStrongestFirst() {
        assertEquals(List.of("#enableuGost"), ranked(
                candidate("#enableuGost", "", List.of("enableugost"), "#", List.of("fa", "fa-eye"))));
        assertEquals(List.of("a.special"), ranked(candidate("a.special", "", List.of(), "/?special_version=y", List.of())));
        assertEquals(List.of("a.bitrix"), ranked(candidate("a.bitrix", "", List.of(), "?special=y", List.of("glaz.png"))));
        assertEquals(List.of("a.img"), ranked(candidate("a.img", "", List.of(), "/", List.of("eye.svg"))));
        assertEquals(List.of("#poor-vision", "a.spec"), ranked(
                candidate("a.spec", "", List.of("spec"), "/spec/", List.of()),
                candidate("#poor-vision", "", List.of("poor-vision"), "#", List.of("icon-eye"))));
        assertEquals(List.of("a.blind"), ranked(candidate("a.blind", "Версия для слабовидящих", List.of("blind"), "#",
                List.of())), "a label that says so is no obstacle");
    }

    @Test
    void lookAlikesAreLeftOut() {
        assertEquals(List.of(), ranked(
                candidate("a.offers", "Специальные предложения", List.of("special"), "/special-offers/", List.of()),
                candidate("a.mission", "Vision and mission", List.of(), "/about/vision-and-mission.html", List.of()),
                candidate("a.views", "123", List.of(), "/news/1", List.of("fa", "fa-eye")),
                candidate("#special", "", List.of("special"), "#", List.of("banner.jpg")),
                candidate("a.zoom", "", List.of(), "/upload/photo.jpg", List.of("fa-eye")),
                candidate("a.back", "Обычная версия", List.of("bvi"), "#", List.of())));
        var password = new IconToggles.Candidate(new Control(null, "", "button.show", true), "", List.of("show"), "",
                List.of("fa-eye"), true);
        assertEquals(List.of(), IconToggles.rank(List.of(password), WORDS));
    }

    @Test
    void anEyeRepeatedOnLinksToManyPlacesMarksItemsNotTheToggle() {
        assertEquals(List.of("#uGost"), ranked(
                candidate("a.n1", "", List.of(), "/news/1", List.of("fa-eye")),
                candidate("a.n2", "", List.of(), "/news/2", List.of("fa-eye")),
                candidate("a.n3", "", List.of(), "/news/3", List.of("fa-eye")),
                candidate("#uGost", "", List.of("ugost"), "#", List.of("fa-eye"))));
    }

    @Test
    void aHintLineNamesWhatIsWrongWithIt() {
        assertEquals("an open hint looks in name, href or icon, not 'text': 2 text eye",
                assertThrows(IllegalArgumentException.class, () -> OpenHint.parse(List.of("2 text eye"))).getMessage());
        assertEquals("an open hint reads 'weight name|href|icon regex': eye",
                assertThrows(IllegalArgumentException.class, () -> OpenHint.parse(List.of("eye"))).getMessage());
    }
}
