package kz.govsite.browser;

import static kz.govsite.testing.MisbehavingServer.htmlPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import kz.govsite.BrowserOptions;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.MisbehavingServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page counts as loaded once what its scripts do after the load event has happened: content
 * fetched and rendered by script, a chain of timers, a transition started by a click. A request
 * that never ends (a long poll) does not hold the page for longer than the patience for requests.
 */
@Tag("browser")
class SettleBrowserTest {
    private static MisbehavingServer server;
    private static BrowserSession session;

    @BeforeAll
    static void start() {
        Browsers.requireChromium();
        server = MisbehavingServer.start();
        server.route("/data.json", ex -> ex.delay(400).send(200, "application/json", "{\"title\":\"Жаңалықтар\"}"));
        server.page("/rendered-after-fetch", htmlPage("SPA", """
                <main id="app"></main>
                <script>
                  window.addEventListener('load', function () {
                    fetch('/data.json').then(function (r) { return r.json(); }).then(function (d) {
                      document.getElementById('app').innerHTML = '<h1>' + d.title + '</h1>';
                    });
                  });
                </script>"""));
        server.page("/rendered-by-xhr", htmlPage("XHR", """
                <main id="app"></main>
                <script>
                  var x = new XMLHttpRequest();
                  x.open('GET', '/data.json');
                  x.onload = function () { document.getElementById('app').textContent = JSON.parse(x.responseText).title; };
                  x.send();
                </script>"""));
        server.page("/timer-chain", htmlPage("Timers", """
                <ol id="steps"></ol>
                <script>
                  var n = 0;
                  (function step() {
                    if (n++ === 5) return;
                    document.getElementById('steps').insertAdjacentHTML('beforeend', '<li>' + n + '</li>');
                    setTimeout(step, 60);
                  })();
                </script>"""));
        server.page("/timers-kept", htmlPage("Timers kept", """
                <p id="args"></p><p id="cleared">басылды</p>
                <script>
                  setTimeout(function (a, b) { document.getElementById('args').textContent = a + b; }, 20, 'Сәлем', '!');
                  var t = setTimeout(function () { document.getElementById('cleared').textContent = 'ran'; }, 30);
                  clearTimeout(t);
                  var u = setTimeout(function () { document.getElementById('cleared').textContent = 'ran'; }, 40);
                  clearInterval(u);
                  setTimeout("document.body.setAttribute('data-code', 'ok')", 10);
                </script>"""));
        server.route("/never-ends", ex -> ex.startAndHang(""));
        server.page("/long-poll", htmlPage("Chat", """
                <p id="state">ready</p>
                <script>fetch('/never-ends').catch(function () {});</script>"""));
        server.page("/transition", htmlPage("Transition", """
                <style>
                  body { font-size: 16px; transition: font-size 400ms linear; }
                  body.large { font-size: 32px; }
                </style>
                <button id="larger" onclick="document.body.classList.add('large')">A+</button>
                <p>Текст</p>
                <script></script>"""));
        server.page("/static", htmlPage("Static", "<p>Без сценариев</p>"));
        server.page("/to-attachment", htmlPage("Attachment", "<p id=\"stays\">Документ</p>"
                + "<script>location.href = '/attachment';</script>"));
        server.route("/attachment", ex -> ex.header("Content-Disposition", "attachment; filename=report.txt")
                .send(200, "text/plain", "not a page"));
        session = SessionFactory.forOptions(BrowserOptions.defaults(), Map.of()).open();
    }

    @AfterAll
    static void stop() {
        if (session != null) session.close();
        if (server != null) server.close();
    }

    @Test
    void contentAScriptFetchesAfterTheLoadIsThere() {
        session.open(server.url("/rendered-after-fetch"));
        assertEquals("Жаңалықтар", session.driver().findElement(By.cssSelector("#app h1")).getText());
    }

    @Test
    void contentAnXmlHttpRequestBringsIsThere() {
        session.open(server.url("/rendered-by-xhr"));
        assertEquals("Жаңалықтар", session.driver().findElement(By.id("app")).getText());
    }

    @Test
    void aChainOfTimersRunsToItsEnd() {
        session.open(server.url("/timer-chain"));
        assertEquals(5, session.driver().findElements(By.cssSelector("#steps li")).size());
    }

    @Test
    void theWatchOverPageTimersLeavesThemWorkingAndForgetsTheOnesThatRanOrWereCleared() {
        session.open(server.url("/timers-kept"));
        assertEquals("Сәлем!", session.driver().findElement(By.id("args")).getText());
        assertEquals("басылды", session.driver().findElement(By.id("cleared")).getText());
        // A timer given as code is left to the browser as it is, unwatched: it still runs.
        new WebDriverWait(session.driver(), Duration.ofSeconds(30))
                .until(d -> "ok".equals(session.script("return document.body.getAttribute('data-code');")));
        // A timer still listed after it ran or was cleared would hold every later settle to its budget.
        assertEquals(0L, ((Number) session.script("return Object.keys(window.__govsiteQuiet.timers).length;")).longValue());
    }

    @Test
    void aRequestThatNeverEndsHoldsThePageOnlyForAWhile() {
        Navigation nav = session.open(server.url("/long-poll"));
        assertTrue(nav.loadMs() < QuietWatch.REQUEST_PATIENCE_MS + 1_500, nav.loadMs() + " ms");
        assertEquals("ready", session.driver().findElement(By.id("state")).getText());
    }

    @Test
    void aClickWaitsForTheTransitionItStarts() {
        session.open(server.url("/transition"));
        session.driver().findElement(By.id("larger")).click();
        session.settle(Duration.ofSeconds(3));
        assertEquals("32px", session.script("return getComputedStyle(document.body).fontSize;"));
    }

    @Test
    void aNavigationThatEndsInADownloadDoesNotHoldThePage() {
        Navigation nav = session.open(server.url("/to-attachment"));
        assertTrue(nav.loadMs() < QuietWatch.REQUEST_PATIENCE_MS + 1_500, nav.loadMs() + " ms");
        assertEquals("Документ", session.driver().findElement(By.id("stays")).getText());
    }

    @Test
    void aPageWithoutScriptsIsReadyWhenItHasLoaded() {
        Navigation nav = session.open(server.url("/static"));
        assertTrue(nav.loadMs() < 1_000, nav.loadMs() + " ms");
        assertEquals("Без сценариев", session.driver().findElement(By.tagName("p")).getText());
    }
}
