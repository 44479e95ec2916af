package kz.govsite.testing;

import static kz.govsite.testing.MisbehavingServer.htmlPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A site of {@link #PAGES} small pages, some with planted accessibility defects, that can be told
 * to misbehave: then 5% of its pages fail (500, 503, 404, a dropped connection, a page that never
 * ends), one in ten answers slowly (0.1 to 0.3 s), a few throttle once with 429, and one page kills a browser the
 * first time it is loaded. Which page does what depends on its number only, so every run is alike.
 */
public final class SoakSite {
    public static final int PAGES = 300;

    private final MisbehavingServer server;
    private final BrowserKiller killer = new BrowserKiller();
    private final AtomicBoolean faulty = new AtomicBoolean();
    private final AtomicBoolean killed = new AtomicBoolean();
    private final Set<Integer> throttled = ConcurrentHashMap.newKeySet();
    private final AtomicInteger slowAnswers = new AtomicInteger();

    public SoakSite(MisbehavingServer server) {
        this.server = server;
        var links = new ArrayList<String>();
        for (int i = 1; i <= PAGES; i++) links.add("/p/" + i);
        server.page("/", htmlPage("Министерство", MisbehavingServer.links(links)));
        server.route("/photo.png", ex -> ex.send(200, "image/png", new byte[0]));
        server.fallback(this::answer);
    }

    /** From now on the site misbehaves (true) or behaves (false). */
    public void misbehave(boolean on) {
        faulty.set(on);
        killed.set(false);
        throttled.clear();
        slowAnswers.set(0);
    }

    public String url(int page) {
        return server.url("/p/" + page);
    }

    /** The pages that fail when the site misbehaves: one in twenty, 5%. */
    public static java.util.NavigableSet<Integer> failingPages() {
        var pages = new TreeSet<Integer>();
        for (int i = 1; i <= PAGES; i++) if (i % 20 == 7) pages.add(i);
        return pages;
    }

    /** The page whose first load kills a browser. */
    public static int killerPage() {
        return 150;
    }

    public int browsersKilled() {
        return killer.killed().size();
    }

    public int slowAnswers() {
        return slowAnswers.get();
    }

    public int throttledPages() {
        return throttled.size();
    }

    private void answer(MisbehavingServer.Exchange ex) throws java.io.IOException {
        if (!ex.path().startsWith("/p/")) {
            ex.send(404, "text/html; charset=utf-8", htmlPage("Not found", ""));
            return;
        }
        int n = Integer.parseInt(ex.path().substring(3));
        if (faulty.get()) {
            if (failingPages().contains(n)) {
                fail(ex, n);
                return;
            }
            if (n % 50 == 13 && !ex.fromBrowser() && throttled.add(n)) {
                ex.header("Retry-After", "1").send(429, "text/plain", "too many requests");
                return;
            }
            if (n % 10 == 4) {
                slowAnswers.incrementAndGet();
                ex.delay(100 + (n * 37L) % 200);
            }
            if (n == killerPage() && ex.fromBrowser() && killed.compareAndSet(false, true)) {
                killer.killOneChromium();
            }
        }
        ex.html(page(n));
    }

    /** The failing pages take turns at four kinds of failure; the last one never finishes (it costs a page timeout). */
    private static void fail(MisbehavingServer.Exchange ex, int n) throws java.io.IOException {
        if (n == failingPages().last()) {
            ex.startAndHang("<!doctype html><html lang=\"ru\"><title>Долго</title><p>");
            return;
        }
        switch ((n / 20) % 4) {
            case 0 -> ex.send(500, "text/html; charset=utf-8", htmlPage("Ошибка сервера", ""));
            case 1 -> ex.send(503, "text/html; charset=utf-8", htmlPage("Сервис недоступен", ""));
            case 2 -> ex.send(404, "text/html; charset=utf-8", htmlPage("Не найдено", ""));
            default -> ex.dropConnection();
        }
    }

    /** Page n: a heading, links to its neighbours, and the defects its number plants. */
    static String page(int n) {
        var body = new StringBuilder("<p>Новость номер ").append(n).append(".</p>");
        if (n % 7 == 0) body.append("<img src=\"/photo.png\">");
        if (n % 11 == 0) body.append("<button></button>");
        if (n % 13 == 0) body.append("<input type=\"text\">");
        var next = new ArrayList<String>(List.of("/"));
        if (n < PAGES) next.add("/p/" + (n + 1));
        body.append(MisbehavingServer.links(next));
        return htmlPage("Новость " + n, body.toString());
    }
}
