package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhraseListTest {
    private static final ControlVocabulary WORDS = ControlVocabulary.standard();

    @ParameterizedTest
    @ValueSource(strings = {"Версия для слабовидящих", "ВЕРСИЯ ДЛЯ СЛАБОВИДЯЩИХ", "Версия\u00a0для\n  слабовидящих",
            "Для слабовидящих", "Версия сайта для людей с нарушениями зрения", "Нашар көретіндерге арналған нұсқа",
            "НАШАР КӨРЕТІНДЕРГЕ", "Зағип жандарға арналған нұсқа", "Көру қабілеті нашар адамдарға",
            "Low vision", "low-vision version", "Version for the visually impaired", "Visually-impaired"})
    void recognisesOpenersInRussianKazakhAndEnglish(String name) {
        assertTrue(WORDS.openPhrases().matches(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Обычная версия сайта", "Обычная версия", "Полная версия сайта", "Кәдімгі нұсқа",
            "Қалыпты нұсқа", "Көру қабілеті төмен режимінен шығу", "Regular version Of The site", "Normal version"})
    void recognisesTheWayBack(String name) {
        assertTrue(WORDS.closePhrases().matches(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Главная", "Контакты", "Мобильная версия", "Басты бет", "English", "Поиск по сайту"})
    void leavesOtherControlsAlone(String name) {
        assertFalse(WORDS.openPhrases().matches(name), name);
        assertFalse(WORDS.closePhrases().matches(name), name);
    }

    @Test
    void recognisesLargerTextControlsButNotSmaller() {
        for (String name : List.of("A+", "А+", "A +", "Увеличить шрифт", "Қаріпті үлкейту", "Increase font size")) {
            assertTrue(WORDS.sizeUpPhrases().matches(name), name);
        }
        for (String name : List.of("A-", "А-", "Уменьшить шрифт", "Aa")) {
            assertFalse(WORDS.sizeUpPhrases().matches(name), name);
        }
    }

    @Test
    void normalisesCaseYoAndEveryKindOfSpace() {
        assertEquals("еще вернуться к обычной", PhraseList.normalise("  ЕЩЁ\u202fвернуться\tк  обычной "));
        assertTrue(PhraseList.of(List.of("ещё раз")).matches("Еще  раз"), "ё in a phrase reads as е");
    }

    @Test
    void blankNamesMatchNothing() {
        assertFalse(WORDS.openPhrases().matches(""));
        assertFalse(WORDS.openPhrases().matches(null));
    }
}
