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
        assertEquals(java.util.Map.ofEntries(java.util.Map.entry("h1", 1), java.util.Map.entry("h2", 2),
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
        assertEquals(List.of("2 of 5 h2 sections", "0 of 1 documents (PDF, DOC…)"), thin.lacks(full));
        assertEquals(List.of(), full.lacks(thin));
    }

    @Test
    void smallDifferencesAreTolerated() {
        var ten = of("<h2>x</h2>".repeat(10) + "<ul>" + "<li>x</li>".repeat(10) + "</ul>");
        var nine = of("<h2>x</h2>".repeat(9) + "<ul>" + "<li>x</li>".repeat(9) + "</ul>");
        assertEquals(List.of(), nine.lacks(ten));
        var five = of("<h2>x</h2>".repeat(5));
        var four = of("<h2>x</h2>".repeat(4));
        assertEquals(List.of("4 of 5 h2 sections"), four.lacks(five), "a missing section of five is 20%: reported");
    }
}
