package kz.govsite.check.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What is left of a text for language detection once its names are taken out. */
class NamesTest {
    @Test
    void capitalisedWordsInsideASentenceAreNames() {
        assertEquals("Спикер открыл первую сессию.", Names.forDetection("Спикер Мәжіліса открыл первую сессию."));
    }

    @Test
    void quotedTitlesAreNamesEvenNested() {
        assertEquals("Корпорация сообщила о росте", Names.forDetection("Корпорация «Қазақтелеком» сообщила о росте"));
        assertEquals("Фонд утвердил план", Names.forDetection("Фонд «Самұрық-Қазына «Даму»» утвердил план"));
        assertEquals("Программа помогает", Names.forDetection("Программа \"Серпін\" помогает"));
    }

    @Test
    void theWordAfterAPlaceMarkerIsANameWhateverItsCase() {
        assertEquals("Вчера по проспекту прошёл парад.", Names.forDetection("Вчера по проспекту тәуке прошёл парад."));
        assertEquals("Жители села получили воду", Names.forDetection("Жители села қызылжар получили воду"));
        assertEquals("Вчера по проспекту прошёл парад", Names.forDetection("Вчера по проспекту тәуке хан прошёл парад"));
        // A marker followed by an ordinary word: «жители района получили» has no name in it.
        assertEquals("жители района получили квартиры", Names.forDetection("жители района получили квартиры"));
    }

    @Test
    void theWordsBeforeAKazakhPlaceMarkerAreTheName() {
        assertEquals("жөндеу жұмыстары көшесінде жүріп жатыр",
                Names.forDetection("жөндеу жұмыстары қабанбай батыр көшесінде жүріп жатыр"));
    }

    @Test
    void aKazakhLetterOnlyInTheOpeningWordIsSpeltTheRussianWay() {
        assertEquals("Мажилис принял закон о бюджете", Names.forDetection("Мәжіліс принял закон о бюджете"));
        // Kazakh letters further on: the opening word keeps its own.
        assertEquals("Үкімет отырысында есеп берді.", Names.forDetection("Үкімет отырысында Министр есеп берді."));
    }

    @Test
    void eachSentenceOpensWithItsOwnCapital() {
        assertEquals("Министр провёл совещание. Журналисты задали вопросы.",
                Names.forDetection("Министр провёл совещание. Журналисты задали вопросы."));
    }

    @Test
    void headingsInCapitalsOrTitleCaseKeepTheirWords() {
        assertEquals("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ҮКІМЕТІ", Names.forDetection("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ҮКІМЕТІ"));
        assertEquals("Государственные Услуги Онлайн", Names.forDetection("Государственные Услуги Онлайн"));
    }

    @Test
    void eachPartOfATitleOpensLikeASentence() {
        assertEquals("Министерство Сессия", Names.forDetection("Министерство | Сессия Мәжіліса"));
    }

    @Test
    void aTextOfNothingButNamesIsJudgedAsItIs() {
        assertEquals("«Қазақтелеком»", Names.forDetection("«Қазақтелеком»"));
    }

    @Test
    void russianSpellingReplacesEachKazakhLetter() {
        assertEquals("аг кноуухи АГКНОУУХИ", Names.russianSpelling("әғ қңөұүһі ӘҒҚҢӨҰҮҺІ"));
    }
}
