package kz.govsite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a ministry-like bilingual site: Russian and Kazakh twins with a shared header, navigation and
 * footer, articles with tables and forms, a language switch, and a low-vision script and toggle, as
 * state sites have them. A few planted defects give axe something to report.
 */
final class SiteGenerator {
    private static final String[] RU_WORDS = ("министерство государственный услуга гражданин заявление порядок "
            + "документ информация приказ программа развитие республика область район учреждение образование "
            + "здравоохранение социальный поддержка семья обращение приём получение срок решение").split(" ");
    private static final String[] KK_WORDS = ("министрлік мемлекеттік қызмет азамат өтініш тәртіп құжат ақпарат "
            + "бұйрық бағдарлама даму республика облыс аудан мекеме білім денсаулық әлеуметтік қолдау отбасы "
            + "өтініш қабылдау алу мерзім шешім").split(" ");

    private SiteGenerator() {
    }

    /**
     * Writes {@code pages} pages (two home pages and the rest articles, half in each language) and
     * returns their URLs under {@code base}, home pages first.
     */
    static List<String> write(Path root, int pages, String base) throws IOException {
        int articles = Math.max(0, (pages - 2) / 2);
        int ruArticles = articles + (pages - 2) % 2;
        write(root.resolve("css/site.css"), CSS);
        write(root.resolve("js/lowvision.js"), LOW_VISION_JS);
        Files.write(root.resolve("css/photo.png"), java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        var urls = new ArrayList<String>();
        urls.add(base);
        urls.add(base + "kk/");
        write(root.resolve("index.html"), home("ru", ruArticles));
        write(root.resolve("kk/index.html"), home("kk", articles));
        for (int i = 1; i <= ruArticles; i++) {
            write(root.resolve("ru/news/" + name(i)), article("ru", i, ruArticles, i <= articles));
            urls.add(base + "ru/news/" + name(i));
        }
        for (int i = 1; i <= articles; i++) {
            write(root.resolve("kk/news/" + name(i)), article("kk", i, articles, true));
            urls.add(base + "kk/news/" + name(i));
        }
        return urls;
    }

    private static String name(int i) {
        return "%04d.html".formatted(i);
    }

    private static String home(String lang, int articles) {
        boolean ru = lang.equals("ru");
        var body = new StringBuilder();
        body.append("<h1>").append(ru ? "Министерство цифрового развития" : "Цифрлық даму министрлігі").append("</h1>\n");
        body.append("<h2>").append(ru ? "Новости" : "Жаңалықтар").append("</h2>\n<ul class=\"news\">\n");
        for (int i = 1; i <= articles; i++) {
            body.append("  <li><a href=\"/").append(lang).append("/news/").append(name(i)).append("\">")
                    .append(title(lang, i)).append("</a></li>\n");
        }
        body.append("</ul>\n");
        return page(lang, ru ? "Министерство цифрового развития" : "Цифрлық даму министрлігі",
                ru ? "/kk/" : "/", body.toString());
    }

    private static String article(String lang, int i, int count, boolean hasTwin) {
        boolean ru = lang.equals("ru");
        String[] words = ru ? RU_WORDS : KK_WORDS;
        var body = new StringBuilder();
        body.append("<article>\n<h1>").append(title(lang, i)).append("</h1>\n");
        body.append("<p class=\"date\">").append(1 + i % 28).append(".05.2025</p>\n");
        for (int p = 0; p < 6; p++) body.append("<p>").append(sentence(words, i * 7 + p, 40)).append("</p>\n");
        body.append("<table>\n<caption>").append(ru ? "Показатели" : "Көрсеткіштер").append("</caption>\n<tr><th scope=\"col\">")
                .append(ru ? "Область" : "Облыс").append("</th><th scope=\"col\">2024</th><th scope=\"col\">2025</th></tr>\n");
        for (int r = 0; r < 8; r++) {
            body.append("<tr><td>").append(words[(i + r) % words.length]).append("</td><td>").append(100 + (i * r) % 900)
                    .append("</td><td>").append(120 + (i * r * 3) % 900).append("</td></tr>\n");
        }
        body.append("</table>\n");
        body.append("<form action=\"/").append(lang).append("/news/").append(name(i)).append("\" method=\"get\">\n")
                .append("<label for=\"name").append(i).append("\">").append(ru ? "Ваше имя" : "Атыңыз").append("</label>")
                .append("<input id=\"name").append(i).append("\" name=\"name\">\n");
        // Planted defects: an unlabelled field on every fifth article, an image without alt on every seventh.
        if (i % 5 == 0) body.append("<input name=\"phone\" type=\"tel\">\n");
        body.append("<button type=\"submit\">").append(ru ? "Отправить" : "Жіберу").append("</button>\n</form>\n");
        body.append(i % 7 == 0 ? "<img src=\"/css/photo.png\" width=\"120\" height=\"80\">\n"
                : "<img src=\"/css/photo.png\" width=\"120\" height=\"80\" alt=\"" + (ru ? "Фото" : "Сурет") + "\">\n");
        body.append("<nav aria-label=\"").append(ru ? "Смежные новости" : "Көршілес жаңалықтар").append("\"><ul>\n");
        for (int d = 1; d <= 5; d++) {
            int j = (i + d * 13) % count + 1;
            body.append("<li><a href=\"/").append(lang).append("/news/").append(name(j)).append("\">")
                    .append(title(lang, j)).append("</a></li>\n");
        }
        body.append("</ul></nav>\n</article>\n");
        String twin = hasTwin ? "/" + (ru ? "kk" : "ru") + "/news/" + name(i) : (ru ? "/kk/" : "/");
        return page(lang, title(lang, i), twin, body.toString());
    }

    private static String page(String lang, String title, String twin, String main) {
        boolean ru = lang.equals("ru");
        String home = ru ? "/" : "/kk/";
        var nav = new StringBuilder();
        String[] sections = ru
                ? new String[] {"О министерстве", "Руководство", "Структура", "Документы", "Госуслуги", "Контакты"}
                : new String[] {"Министрлік туралы", "Басшылық", "Құрылым", "Құжаттар", "Мемлекеттік қызметтер", "Байланыс"};
        for (String s : sections) nav.append("<li><a href=\"").append(home).append("\">").append(s).append("</a></li>");
        return """
                <!doctype html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="/css/site.css">
                <script src="/js/lowvision.js" defer></script>
                </head>
                <body>
                <header>
                <a class="logo" href="%s">%s</a>
                <a class="lang" href="%s" lang="%s">%s</a>
                <a class="lowvision-open" href="#">%s</a>
                <nav aria-label="%s"><ul>%s</ul></nav>
                </header>
                <main>
                %s</main>
                <footer><p>%s</p></footer>
                </body>
                </html>
                """.formatted(lang, title, home, ru ? "Министерство" : "Министрлік", twin, ru ? "kk" : "ru",
                ru ? "ҚАЗ" : "РУС", ru ? "Версия для слабовидящих" : "Нашар көретіндерге арналған нұсқа",
                ru ? "Главное меню" : "Басты мәзір", nav, main,
                ru ? "© 2025 Министерство. Все права защищены." : "© 2025 Министрлік. Барлық құқықтар қорғалған.");
    }

    private static String title(String lang, int i) {
        return (lang.equals("ru") ? "Новость № " : "Жаңалық № ") + i;
    }

    private static String sentence(String[] words, int seed, int length) {
        var s = new StringBuilder();
        for (int w = 0; w < length; w++) {
            if (w > 0) s.append(' ');
            s.append(words[(seed * 31 + w * 17 + w * w) % words.length]);
        }
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.append('.').toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static final String CSS = """
            body { font: 16px/1.5 Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
            header { background: #0b3d91; padding: 12px; }
            header a { color: #fff; margin-right: 16px; }
            nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 12px; }
            main { max-width: 960px; margin: 0 auto; padding: 16px; }
            table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 4px 8px; }
            footer { background: #eee; padding: 12px; }
            body.lowvision { font-size: 24px; background: #000; color: #fff; }
            body.lowvision a { color: #ff0; }
            """;

    private static final String LOW_VISION_JS = """
            document.addEventListener('DOMContentLoaded', function () {
              var open = document.querySelector('.lowvision-open');
              if (document.cookie.indexOf('lowvision=1') >= 0) document.body.classList.add('lowvision');
              if (!open) return;
              open.addEventListener('click', function (e) {
                e.preventDefault();
                var on = !document.body.classList.contains('lowvision');
                document.body.classList.toggle('lowvision', on);
                document.cookie = 'lowvision=' + (on ? '1' : '0') + '; path=/';
              });
            });
            """;
}
