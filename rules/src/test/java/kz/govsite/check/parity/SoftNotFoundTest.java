package kz.govsite.check.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SoftNotFoundTest {
    private static Optional<String> phrase(String html) {
        return SoftNotFound.phrase(Jsoup.parse(html));
    }

    @Test
    void recognisesNotFoundPagesInEachLanguage() {
        assertEquals(Optional.of("бет табылмады"), phrase("<title>Бет табылмады</title><h1>Қате</h1>"));
        assertEquals(Optional.of("страница не найдена"), phrase("<h1>Страница не найдена</h1><p>Вернитесь на главную.</p>"));
        assertEquals(Optional.of("page not found"), phrase("<title>Page not found</title>"));
        assertEquals(Optional.of("404"), phrase("<title>404</title><p>Ой!</p>"));
        assertEquals(Optional.of("сұралған бет жоқ"), phrase("<h1>Кешіріңіз</h1><p>Сұралған бет жоқ немесе жойылған.</p>"));
    }

    @Test
    void anArticleThatMentionsThePhraseIsNotOne() {
        String article = "<h1>Как пользоваться порталом</h1><p>"
                + "Если при переходе по старой ссылке появляется сообщение «Страница не найдена», воспользуйтесь поиском. "
                .repeat(8) + "</p>";
        assertEquals(Optional.empty(), phrase(article));
        assertEquals(Optional.empty(), phrase("<title>Жаңалықтар</title><h1>Жаңалықтар</h1><p>Бүгін жиналыс өтті.</p>"));
    }
}
