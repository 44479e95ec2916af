package kz.govsite.testing;

import static kz.govsite.testing.MisbehavingServer.htmlPage;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A site that does everything a state site has been seen to do wrong, one path per case, all
 * linked from its index in this order. Paths under {@code /outside/} are reached only by a
 * redirect or a script that a crawl must not follow, so a request for one means a defect.
 */
public final class HostileSite {
    /** The cases in the order the index links them. */
    public static final List<String> CASES = List.of(
            "/gone-404", "/gone-410", "/broken-500", "/down-503", "/busy-503", "/busy-503-long",
            "/throttled", "/never-ends", "/slow-image", "/busy-loop", "/after-busy-loop", "/late-loop",
            "/redirect-chain", "/loop-a", "/endless-redirect?n=1", "/out-of-scope", "/to-file",
            "/pdf-as-html", "/binary-as-html", "/schemes", "/file-access", "/downloads", "/alert", "/confirm",
            "/beforeunload", "/after-beforeunload", "/popup", "/navigates-away", "/navigates-while-checked",
            "/refresh-unreachable", "/script-unreachable",
            "/cp1251-meta", "/cp1251-bare", "/broken-markup");

    /** The name of a file the /downloads page tries to save on the machine that runs the browser. */
    public static final String DOWNLOAD_NAME = "govsite-hostile-download.txt";

    /** The text of /etc/passwd starts so on every Linux; it must appear nowhere in what a run writes. */
    public static final String PASSWD_MARKER = "root:x:0:0";

    private HostileSite() {
    }

    /** Adds every case to {@code s}. */
    public static MisbehavingServer serve(MisbehavingServer s) {
        s.page("/", htmlPage("Hostile site", MisbehavingServer.links(CASES)));

        s.route("/gone-404", ex -> ex.send(404, "text/html; charset=utf-8", htmlPage("Not found", "")));
        s.route("/gone-410", ex -> ex.send(410, "text/html; charset=utf-8", htmlPage("Gone", "")));
        s.route("/broken-500", ex -> ex.send(500, "text/html; charset=utf-8", htmlPage("Server error", "")));
        s.route("/down-503", ex -> ex.send(503, "text/html; charset=utf-8", htmlPage("Unavailable", "")));
        s.route("/busy-503", ex -> ex.header("Retry-After", "1").send(503, "text/plain", "busy"));
        s.route("/busy-503-long", ex -> ex.header("Retry-After", "3600").send(503, "text/plain", "maintenance"));
        var throttled = new AtomicInteger();
        s.route("/throttled", ex -> {
            if (throttled.getAndIncrement() == 0) ex.header("Retry-After", "1").send(429, "text/plain", "slow down");
            else ex.html(htmlPage("Throttled", "<p>Served after waiting as asked.</p>"));
        });

        s.route("/never-ends", ex -> ex.startAndHang("<!doctype html><html lang=\"ru\"><head><title>Never</title>"
                + "</head><body><p>Начало страницы"));
        s.page("/slow-image", htmlPage("Slow image", "<img alt=\"Фото\" src=\"/hanging.png\">"));
        s.route("/hanging.png", ex -> ex.server().hangUntilClosed());
        s.page("/busy-loop", htmlPage("Busy loop", "<script>while (true) {}</script>"));
        s.page("/after-busy-loop", htmlPage("After the busy loop", "<p>The browser that ran the loop is gone.</p>"));
        s.page("/late-loop", htmlPage("Late loop", "<script>setTimeout(function () { while (true) {} }, 50)</script>"));

        s.route("/redirect-chain", ex -> ex.redirect(301, "/chain?n=1"));
        s.route("/chain", ex -> {
            int n = Integer.parseInt(ex.query().substring("n=".length()));
            ex.redirect(302, n < 3 ? "/chain?n=" + (n + 1) : "/chain-end");
        });
        s.page("/chain-end", htmlPage("End of the chain", ""));
        s.route("/loop-a", ex -> ex.redirect(302, "/loop-b"));
        s.route("/loop-b", ex -> ex.redirect(302, "/loop-a"));
        s.route("/endless-redirect", ex -> {
            int n = Integer.parseInt(ex.query().substring("n=".length()));
            ex.redirect(302, "/endless-redirect?n=" + (n + 1));
        });
        s.route("/out-of-scope", ex -> ex.redirect(302, "http://localhost:" + s.port() + "/outside/redirected"));
        s.route("/to-file", ex -> ex.redirect(302, "file:///etc/passwd"));

        s.route("/pdf-as-html", ex -> ex.send(200, "text/html", ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(Charset.forName("ISO-8859-1"))));
        s.route("/binary-as-html", ex -> {
            byte[] noise = new byte[4096];
            new Random(7).nextBytes(noise);
            noise[10] = 0;
            ex.send(200, "text/html; charset=utf-8", noise);
        });

        s.page("/schemes", htmlPage("Links of every scheme", MisbehavingServer.links(List.of(
                "javascript:alert(1)", "mailto:press@example.gov.kz", "tel:+77172000000", "file:///etc/passwd",
                "data:text/html,hello", "ftp://ftp.example.gov.kz/", "about:blank", "chrome://settings"))));
        s.page("/file-access", htmlPage("Local files", """
                <iframe title="passwd" src="file:///etc/passwd"></iframe>
                <a id="local" href="file:///etc/passwd">passwd</a>
                <script>
                  fetch('file:///etc/passwd').then(function (r) { return r.text(); })
                    .then(function (t) { navigator.sendBeacon('/outside/leak', t); })
                    .catch(function () { fetch('/file-blocked?by=fetch'); });
                  var w = window.open('file:///etc/passwd');
                  if (w) { try { navigator.sendBeacon('/outside/leak', w.document.body.innerText); } catch (e) {} }
                  document.getElementById('local').click();
                  setTimeout(function () { location.href = 'file:///etc/passwd'; }, 10);
                </script>"""));
        s.route("/file-blocked", ex -> ex.send(204, "text/plain", new byte[0]));
        s.page("/downloads", htmlPage("Downloads", "<script>location.href = '/attachment';</script>"));
        s.route("/attachment", ex -> ex.header("Content-Disposition", "attachment; filename=" + DOWNLOAD_NAME)
                .send(200, "text/plain", "saved on the build machine"));

        s.page("/alert", htmlPage("Alert", "<script>alert('Сайт на реконструкции')</script>"));
        s.page("/confirm", htmlPage("Confirm", "<script>window.onload = function () {"
                + " if (confirm('Вы старше 18?')) { document.title = 'yes'; } prompt('Имя?'); alert('done'); }</script>"));
        s.page("/beforeunload", htmlPage("Before unload", "<script>window.addEventListener('beforeunload',"
                + " function (e) { e.preventDefault(); e.returnValue = 'stay'; return 'stay'; });</script>"
                + "<label>Поиск <input type=\"search\"></label>"));
        s.page("/after-beforeunload", htmlPage("After before-unload", "<p>Reached after leaving a page that asked to stay.</p>"));
        s.page("/popup", htmlPage("Popup", "<script>window.open('/popup-window');"
                + " setTimeout(function () { window.open('/popup-window?later'); }, 300);</script>"));
        s.page("/popup-window", htmlPage("Popup window", ""));
        // A moved portal: the page answers 200 and sends the browser on to a host that does not resolve.
        s.page("/refresh-unreachable", "<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0; url=http://portal.invalid/ru/\"><title>Переход</title>"
                + "</head><body><p>Сайт переехал</p></body></html>");
        s.page("/script-unreachable", htmlPage("Переход", "<script>location.replace('http://egov.invalid/kk/');</script>"));
        s.page("/navigates-away", htmlPage("Navigates away", "<script>location.href = 'http://localhost:"
                + s.port() + "/outside/navigated';</script>"));
        // Leaves as soon as axe-core runs (or is put into the page, where it is not there from the start):
        // the check's results would belong to another page.
        s.page("/navigates-while-checked", htmlPage("Navigates while checked", """
                <script>
                  function leave() { setTimeout(function () { location.href = '/landing'; }, 0); }
                  if (window.axe) {
                    axe.run = axe.runPartial = function () { leave(); return new Promise(function () {}); };
                  } else {
                    Object.defineProperty(window, 'axe', { configurable: true,
                      set: function (v) { this.__axe = v; leave(); },
                      get: function () { return this.__axe; } });
                  }
                </script>"""));
        s.page("/landing", htmlPage("Landing", ""));

        String ministry = "<!doctype html><html lang=\"ru\"><head>%s<title>Министерство финансов</title></head>"
                + "<body><main><h1>Министерство финансов Республики Казахстан</h1><p>Добро пожаловать на официальный"
                + " сайт министерства. Здесь публикуются новости, приказы и документы.</p></main></body></html>";
        s.route("/cp1251-meta", ex -> ex.send(200, "text/html", ministry.formatted("<meta charset=\"windows-1251\">")
                .getBytes(Charset.forName("windows-1251"))));
        s.route("/cp1251-bare", ex -> ex.send(200, "text/html", ministry.formatted("")
                .getBytes(Charset.forName("windows-1251"))));
        s.route("/broken-markup", ex -> ex.send(200, "text/html", "<html lang=ru><head><title>Broken</title><body>"
                + "<p>unclosed <b><i>tags</b></i><table><tr><td>cell<div></table> <<>> &nbsp &amp;"
                + "<a href='/broken-markup-target'>next</a><p>текст"));
        s.page("/broken-markup-target", htmlPage("Reached through broken markup", ""));
        return s;
    }
}
