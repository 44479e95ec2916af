package kz.govsite.check.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.govsite.InvalidConfigException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TextBlocksTest {
    private static List<TextBlock> blocks(String html, String... ignore) {
        return TextBlocks.of(Jsoup.parse(html, "http://site.test/"), List.of(ignore));
    }

    private static List<String> texts(List<TextBlock> blocks) {
        return blocks.stream().map(TextBlock::text).toList();
    }

    @Test
    void splitsHeadingsParagraphsListItemsCellsAndTitle() {
        var b = blocks("""
                <html lang="ru"><head><title>Новости министерства</title></head><body>
                <h1>Новости</h1><p>Первый <b>абзац</b> текста.</p>
                <ul><li>Пункт один</li><li>Пункт <a href="/x">два</a></li></ul>
                <table><tr><th>Год</th><td>2021</td></tr></table></body></html>""");
        assertEquals(List.of("Новости министерства", "Новости", "Первый абзац текста.", "Пункт один", "Пункт два", "Год",
                "2021"), texts(b));
        assertEquals(List.of(TextBlock.Kind.TITLE, TextBlock.Kind.HEADING, TextBlock.Kind.PARAGRAPH,
                TextBlock.Kind.LIST_ITEM, TextBlock.Kind.LIST_ITEM, TextBlock.Kind.CELL, TextBlock.Kind.CELL),
                b.stream().map(TextBlock::kind).toList());
        assertEquals("ru", b.get(1).declaredLang());
        assertFalse(b.get(1).isMarked());
    }

    @Test
    void anElementWithItsOwnLangIsABlockOfItsOwn() {
        var b = blocks("""
                <html lang="en"><body><p>The Dutch phrase <span lang="nl">"Hij ging met de kippen op stok"</span>
                literally translates into something else.</p></body></html>""");
        assertEquals(List.of("The Dutch phrase literally translates into something else.",
                "\"Hij ging met de kippen op stok\""), texts(b));
        assertTrue(b.get(1).isMarked());
        assertEquals("nl", b.get(1).declaredLang());
        assertEquals("html > body > p > span", b.get(1).selector());
    }

    @Test
    void standaloneLinksAreBlocksButLinksInsideParagraphsAreNot() {
        var b = blocks("<body><div><a href='/a'>Басты бет</a><a href='/b'>Жаңалықтар</a></div>"
                + "<p>Толығырақ <a href='/c'>мына жерде</a> оқыңыз.</p></body>");
        assertEquals(List.of("Басты бет", "Жаңалықтар", "Толығырақ мына жерде оқыңыз."), texts(b));
        assertEquals(TextBlock.Kind.LINK, b.get(0).kind());
    }

    @Test
    void leavesOutCodeScriptsHiddenTextAndIgnoredChrome() {
        var b = blocks("""
                <body><nav class="menu"><a href="/">Главная</a></nav>
                <p>Видимый текст.</p><pre>int x = 1;</pre><code>var y</code><script>var z = 2;</script>
                <p hidden>Скрытый</p><p style="display: none">Тоже скрытый</p><div aria-hidden="true">Для глаз</div>
                <select><option>Русский</option></select></body>""", ".menu");
        assertEquals(List.of("Видимый текст.", "Для глаз"), texts(b), "aria-hidden text is still seen");
    }

    @Test
    void altTextsAndAccessibleNamesOfImagesAreBlocks() {
        var b = blocks("""
                <html lang="fr"><body><div lang="fr"><img src="a.jpg" alt="Fireworks over Paris">
                <img src="b.jpg" alt=""><img src="c.jpg" aria-labelledby="cap"><p id="cap" lang="en" hidden>A caption</p>
                </div></body></html>""");
        assertEquals(List.of("Fireworks over Paris", "A caption"), texts(b));
        assertEquals(TextBlock.Kind.ALT, b.get(0).kind());
        assertEquals("fr", b.get(1).declaredLang(), "a name takes the image's language, not the caption's");
    }

    @Test
    void mainContentIsTheMainElementOrTheBodyWithoutNavigationHeaderAndFooter() {
        var withMain = blocks("<body><header><p>Шапка сайта</p></header><main><p>Содержание</p></main>"
                + "<footer><p>Подвал</p></footer></body>");
        assertEquals(List.of(false, true, false), withMain.stream().map(TextBlock::inMainContent).toList());
        var withoutMain = blocks("<body><header><p>Шапка сайта</p></header><article><header><h1>Заголовок</h1></header>"
                + "<p>Содержание</p></article><nav><a href='/'>Меню</a></nav><footer><p>Подвал</p></footer></body>");
        assertEquals(List.of("Шапка сайта", "Заголовок", "Содержание", "Меню", "Подвал"), texts(withoutMain));
        assertEquals(List.of(false, true, true, false, false),
                withoutMain.stream().map(TextBlock::inMainContent).toList());
    }

    @Test
    void judgesOnlyBlocksOfAtLeastTwentyLettersAndThreeWords() {
        var b = blocks("<body><p>Контакты министерства</p><p>Министерство здравоохранения республики</p>"
                + "<p>Три коротких слова</p></body>");
        assertEquals(List.of(false, true, false), b.stream().map(TextBlock::isJudgeable).toList());
    }

    @Test
    void rejectsSelectorsThatCannotBeParsedNamingTheParameter() {
        var e = assertThrows(InvalidConfigException.class, () -> TextBlocks.validateSelectors(List.of("nav", "div[")));
        assertEquals("govsite.ignoreSelectors", e.parameter());
    }
}
