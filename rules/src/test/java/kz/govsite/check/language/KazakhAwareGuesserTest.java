package kz.govsite.check.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The corrections around Lingua, driven by a stand-in that answers what we tell it to. */
class KazakhAwareGuesserTest {
    /** Answers one fixed guess and remembers what it was asked. */
    private static final class Fixed implements LanguageGuesser {
        final Guess answer;
        final List<String> asked = new ArrayList<>();

        Fixed(String language, double confidence, String runnerUp) {
            answer = new Guess(language, confidence, runnerUp, "lingua");
        }

        @Override
        public Guess guess(String text) {
            asked.add(text);
            return answer;
        }

        @Override
        public Set<String> languages() {
            return Set.of("kk", "ru", "en");
        }
    }

    @Test
    void kazakhLettersSettleACloseCallForKazakh() {
        var g = new KazakhAwareGuesser(new Fixed("ru", 0.08, "kk"), false).guess("өлшем бірлігі және басқа");
        assertEquals(new Guess("kk", 1.0, "ru", "kazakh-letters"), g);
    }

    @Test
    void manyKazakhWordsOutweighAConfidentRussianGuess() {
        var g = new KazakhAwareGuesser(new Fixed("ru", 0.4, "kk"), false).guess("Мемлекеттік қызметтер туралы ақпарат");
        assertEquals("kk", g.language());
        assertEquals("kazakh-letters", g.basis());
    }

    @Test
    void aFewKazakhNamesInARussianSentenceDoNotMakeItKazakh() {
        var g = new KazakhAwareGuesser(new Fixed("ru", 0.4, "kk"), false)
                .guess("Президент Қасым-Жомарт Тоқаев подписал указ о проведении республиканского конкурса среди школ");
        assertEquals(new Guess("ru", 0.4, "kk", "lingua"), g);
    }

    @Test
    void namesAreLeftOutBeforeLinguaIsAsked() {
        var lingua = new Fixed("ru", 0.4, "kk");
        new KazakhAwareGuesser(lingua, false).guess("Депутаты обсудили поправки, предложенные фракцией «Ақ жол».");
        assertEquals(List.of("Депутаты обсудили поправки, предложенные фракцией"), lingua.asked);
    }

    @Test
    void aCertainKazakhAnswerForOneKazakhLetterIsAskedAgainWithoutIt() {
        var lingua = new Fixed("kk", 1.0, "ru");
        new KazakhAwareGuesser(lingua, false).guess("жители района получили новые квартиры в доме әкімдік");
        assertEquals(List.of("жители района получили новые квартиры в доме әкімдік",
                "жители района получили новые квартиры в доме акимдик"), lingua.asked);
    }

    @Test
    void aNarrowKazakhWinWithoutKazakhLettersIsUndetermined() {
        var g = new KazakhAwareGuesser(new Fixed("kk", 0.07, "ru"), false).guess("Контакты");
        assertEquals(Guess.undetermined("too-close"), g);
    }

    @Test
    void aWinnerTooCloseToTheRunnerUpIsUndetermined() {
        var g = new KazakhAwareGuesser(new Fixed("en", 0.04, "ru"), false).guess("Some text here");
        assertEquals(Guess.undetermined("too-close"), g);
    }

    @Test
    void latinKazakhIsUndeterminedUnlessTheUserAsksForKkLatn() {
        String text = "Qazaqstan Respublikasynyñ Densaulyq saqtau ministrligi";
        assertEquals(Guess.undetermined("kazakh-latin"), new KazakhAwareGuesser(new Fixed("en", 1.0, ""), false).guess(text));
        assertEquals(new Guess("kk-Latn", 1.0, "", "kazakh-latin"),
                new KazakhAwareGuesser(new Fixed("en", 1.0, ""), true).guess(text));
    }

    @Test
    void aMostlyLatinSentenceWithCyrillicWordsIsJudgedByItsCyrillicWords() {
        var lingua = new Fixed("kk", 0.9, "ru");
        var g = new KazakhAwareGuesser(lingua, false)
                .guess("Ресми түрде ойын 2013 жылы PlayStation Portable, Nintendo Wii шықты");
        assertEquals("kk", g.language());
        assertEquals(List.of("Ресми түрде ойын жылы шықты"), lingua.asked);
    }

    @Test
    void textWithoutLettersIsUndeterminedWithoutAskingLingua() {
        var lingua = new Fixed("ru", 1.0, "");
        assertEquals(Guess.undetermined("no-letters"), new KazakhAwareGuesser(lingua, false).guess("2021 — 15 000 ₸"));
        assertEquals(List.of(), lingua.asked);
    }
}
