package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControlFinderTest {
    private static final ControlVocabulary WORDS = ControlVocabulary.standard();

    static Control control(String name, String selector, boolean visible) {
        return new Control(null, name, selector, visible);
    }

    @Test
    void findsEveryControlNamedLikeAnOpenerVisibleOnesFirst() {
        var controls = List.of(control("Главная", "a.home", true),
                control("Версия для слабовидящих", "nav.mobile a", false),
                control("Обычная версия сайта для слабовидящих", "a.back", true),
                control("Версия для слабовидящих", "header a.eye", true),
                control("Нашар көретіндерге арналған нұсқа", "footer a", true));
        assertEquals(List.of(controls.get(3), controls.get(4), controls.get(1)),
                ControlFinder.visibleFirst(ControlFinder.byName(controls, WORDS.openPhrases(), WORDS.closePhrases())));
        assertEquals(List.of(),
                ControlFinder.byName(List.of(control("Главная", "a", true)), WORDS.openPhrases(), WORDS.closePhrases()));
    }

    @Test
    void thePersistenceCheckGoesToAnotherPageNotADocument() {
        assertEquals(Optional.of("http://site.test/about.html"), ModeExit.nextPage("http://site.test/",
                List.of("http://site.test/", "http://site.test/docs/plan.pdf", "http://site.test/about.html")));
        assertEquals(Optional.empty(), ModeExit.nextPage("http://site.test/", List.of("http://site.test/")));
        assertEquals(Optional.of("http://site.test/ru/"), ModeExit.nextPage("http://site.test/",
                List.of("http://www.site.test/", "http://site.test/ru/")), "the same origin first");
        assertEquals(Optional.of("http://www.site.test/"), ModeExit.nextPage("http://site.test/",
                List.of("http://www.site.test/")));
    }
}
