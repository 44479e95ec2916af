package kz.govsite.testing;

import static kz.govsite.testing.MisbehavingServer.htmlPage;

import java.util.ArrayList;

/** Twenty pages that each take a while to answer, every one with a picture that lacks alt text: a run long enough to stop half-way. */
public final class SlowSite {
    public static final int PAGES = 20;

    private SlowSite() {
    }

    public static MisbehavingServer serve(MisbehavingServer s, long delayMillis) {
        var links = new ArrayList<String>();
        for (int i = 1; i <= PAGES; i++) links.add("/page-" + i);
        s.page("/", htmlPage("Slow site", MisbehavingServer.links(links)));
        s.route("/photo.png", ex -> ex.send(200, "image/png", new byte[0]));
        s.fallback(ex -> {
            if (!ex.path().startsWith("/page-")) {
                ex.send(404, "text/html; charset=utf-8", htmlPage("Not found", ""));
                return;
            }
            if (!ex.fromBrowser()) ex.delay(delayMillis);
            ex.html(htmlPage("Page " + ex.path().substring(6), "<img src=\"/photo.png\">"));
        });
        return s;
    }
}
