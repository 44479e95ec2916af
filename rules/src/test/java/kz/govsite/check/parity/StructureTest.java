package kz.govsite.check.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class StructureTest {
    private static Structure of(String body) {
        return Structure.of(Jsoup.parse("<body><nav><ul><li><a href='/'>Меню</a></li></ul></nav><main>" + body
                + "</main></body>", "http://site.test/ru/a.html"), List.of(".ad"));
    }

    @Test
    void countsTheMainContentOnly() {
        var s = of("<h1>A</h1><h2>B</h2><h2>C</h2><ul><li>1</li><li>2</li></ul><table></table>"
                + "<img src='a.png' alt='Фото'><img src='line.png' alt=''><a href='/doc/order.pdf'>Приказ</a>"
                + "<a href='/x.html'>Страница</a><form></form><div class='ad'><h2>Реклама</h2></div>");
        assertEquals(java.util.Map.ofEntries(java.util.Map.entry("text blocks", 7), java.util.Map.entry("words", 5),
                java.util.Map.entry("numbers", 2), java.util.Map.entry("h1", 1), java.util.Map.entry("h2", 2),
                java.util.Map.entry("h3", 0), java.util.Map.entry("h4", 0), java.util.Map.entry("h5", 0),
                java.util.Map.entry("h6", 0), java.util.Map.entry("list items", 2), java.util.Map.entry("tables", 1),
                java.util.Map.entry("images", 1), java.util.Map.entry("documents", 1), java.util.Map.entry("forms", 1)),
                s.counts());
    }

    @Test
    void reportsWhatTheThinnerVersionLacksBeyondTolerance() {
        var full = of("<h2>1</h2><h2>2</h2><h2>3</h2><h2>4</h2><h2>5</h2><a href='/a.pdf'>PDF</a>"
                + "<ul><li>1</li><li>2</li><li>3</li><li>4</li><li>5</li></ul>");
        var thin = of("<h2>1</h2><h2>2</h2><ul><li>1</li><li>2</li><li>3</li><li>4</li></ul>");
        assertEquals(List.of("6 of 11 text blocks", "6 of 10 numbers", "0 of 1 documents (PDF, DOC…)",
                "2 of 5 h2 sections"),
                thin.lacks(full));
        assertEquals(List.of(), full.lacks(thin));
    }

    @Test
    void smallDifferencesAreTolerated() {
        var ten = of("<h2>x</h2>".repeat(10) + "<ul>" + "<li>x</li>".repeat(10) + "</ul>");
        var nine = of("<h2>x</h2>".repeat(9) + "<ul>" + "<li>x</li>".repeat(9) + "</ul>");
        assertEquals(List.of(), nine.lacks(ten));
        assertEquals(List.of(), of("<h2>x</h2>".repeat(4)).lacks(of("<h2>x</h2>".repeat(5))),
                "one text block of five: within tolerance");
    }

    @Test
    void theSameContentInOtherMarkupIsNoDifference() {
        String opener = "<%s>Өтініш беру тәртібі %d</%s><p>Өтінішті портал арқылы он жұмыс күні ішінде беруге болады.</p>";
        String ruOpener = "<%s>Порядок подачи заявления %d</%s><p>Заявление подаётся через портал в течение десяти дней.</p>";
        var ruH3 = new StringBuilder();
        var kkP = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            ruH3.append(ruOpener.formatted("h3", i, "h3"));
            kkP.append(opener.formatted(i <= 6 ? "h3" : "p", i, i <= 6 ? "h3" : "p"));
        }
        assertEquals(List.of(), of(kkP.toString()).lacks(of(ruH3.toString())), "h3 against p");
        var items = "<ul>" + "<li>Справка о составе семьи</li>".repeat(30) + "</ul>";
        var paragraphs = "<ul>" + "<li>Отбасы құрамы туралы анықтама</li>".repeat(24) + "</ul>"
                + "<p>Отбасы құрамы туралы анықтама</p>".repeat(6);
        assertEquals(List.of(), of(paragraphs).lacks(of(items)), "list items against paragraphs");
    }

    @Test
    void markupDifferencesAreNamedWhenTheContentIsThinnerToo() {
        String section = "<h3>Порядок подачи заявления</h3><p>Заявление подаётся через портал в течение десяти дней.</p>";
        String bolim = "<h3>Өтініш беру тәртібі</h3><p>Өтінішті портал арқылы он жұмыс күні ішінде беруге болады.</p>";
        assertEquals(List.of("12 of 80 text blocks", "72 of 440 words", "6 of 40 h3 sections"),
                of(bolim.repeat(6)).lacks(of(section.repeat(40))));
    }
}
