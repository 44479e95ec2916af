package kz.govsite.check.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingGuesserTest {
    @Test
    void asksOncePerDistinctText() {
        var asked = new AtomicInteger();
        var counting = new LanguageGuesser() {
            @Override
            public Guess guess(String text) {
                asked.incrementAndGet();
                return new Guess(text.contains("қ") ? "kk" : "ru", 1.0, "", "lingua");
            }

            @Override
            public Set<String> languages() {
                return Set.of("kk", "ru");
            }
        };
        var cache = new CachingGuesser(counting);
        assertEquals("ru", cache.guess("Главная страница министерства").language());
        assertEquals("ru", cache.guess("Главная страница министерства").language());
        assertEquals("kk", cache.guess("Министрліктің басты беті қазақша").language());
        assertEquals(2, asked.get());
        assertEquals(Set.of("kk", "ru"), cache.languages());
    }

    @Test
    void textsThatDifferByOneLetterHashApart() {
        assertNotEquals(CachingGuesser.hash("Контакты"), CachingGuesser.hash("Контакти"));
        assertNotEquals(CachingGuesser.hash(""), CachingGuesser.hash(" "));
    }
}
