package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScriptLanguageTest {
    @Test
    void tellsKazakhRussianAndEnglishByTheirLetters() {
        assertEquals(Optional.of("kk"), ScriptLanguage.of("Қаріп өлшемі Қалыпты нұсқа"));
        assertEquals(Optional.of("ru"), ScriptLanguage.of("Размер шрифта Обычная версия сайта"));
        assertEquals(Optional.of("en"), ScriptLanguage.of("Font size Regular version Of The site"));
        assertEquals(Optional.empty(), ScriptLanguage.of("А+ Ц"));
    }

    @Test
    void readsDeclaredLanguagesTheWaySitesWriteThem() {
        assertEquals(Optional.of("kk"), ScriptLanguage.declared("kk-KZ"));
        assertEquals(Optional.of("kk"), ScriptLanguage.declared("kz"));
        assertEquals(Optional.of("ru"), ScriptLanguage.declared("RU"));
        assertEquals(Optional.of("en"), ScriptLanguage.declared("en_US"));
        assertEquals(Optional.empty(), ScriptLanguage.declared(""));
        assertEquals(Optional.empty(), ScriptLanguage.declared("de"));
    }
}
