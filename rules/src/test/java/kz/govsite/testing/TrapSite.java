package kz.govsite.testing;

import static kz.govsite.testing.MisbehavingServer.htmlPage;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;

/**
 * Crawler traps, in two sets: {@code /deep-traps} links an endless calendar and session ids in
 * every link; {@code /wide-traps} ten thousand links, a 20 MB page and a DOM 5,000 levels deep.
 */
public final class TrapSite {
    public static final int LINKS = 10_000;

    private TrapSite() {
    }

    public static MisbehavingServer serve(MisbehavingServer s) {
        s.page("/deep-traps", htmlPage("Traps that go deep", MisbehavingServer.links(List.of(
                "/calendar?month=2025-01", "/session"))));
        s.page("/wide-traps", htmlPage("Traps that go wide or big", MisbehavingServer.links(List.of(
                "/pasted-photos", "/deep", "/many-links"))));
        s.route("/calendar", ex -> {
            var month = java.time.YearMonth.parse(ex.query().substring("month=".length()));
            ex.html(htmlPage("Events of " + month, "<a href=\"/calendar?month=" + month.minusMonths(1) + "\">previous</a> "
                    + "<a href=\"/calendar?month=" + month.plusMonths(1) + "\">next</a>"));
        });
        // Each render hands out new session ids, as old servlet and PHP sites do for cookie-less visitors.
        var sessions = new AtomicLong();
        s.route("/session", ex -> {
            long id = sessions.incrementAndGet();
            ex.html(htmlPage("Session ids", MisbehavingServer.links(List.of(
                    "/session;jsessionid=A" + id, "/session?PHPSESSID=B" + id, "/session?sid=" + id,
                    "/session?utm_source=newsletter&utm_campaign=" + id))));
        });
        byte[] photos = pastedPhotosPage();
        s.route("/pasted-photos", ex -> ex.send(200, "text/html; charset=utf-8", photos));
        s.page("/deep", htmlPage("Deep", "<div>".repeat(5000) + "<p>Глубоко вложенный текст</p>" + "</div>".repeat(5000)));
        s.route("/many-links", ex -> {
            var sb = new StringBuilder("<ul>");
            for (int i = 0; i < LINKS; i++) {
                sb.append("<li><a href=\"/item/").append(i).append("\">Документ ").append(i).append("</a></li>");
            }
            ex.html(htmlPage("Ten thousand links", sb.append("</ul>").toString()));
        });
        s.fallback(ex -> {
            if (ex.path().startsWith("/item/")) ex.html(htmlPage("Item " + ex.path().substring(6), ""));
            else ex.send(404, "text/html; charset=utf-8", htmlPage("Not found", ""));
        });
        return s;
    }

    /** A news page of about 20 MB: three photos pasted into the editor, kept inline as data: URIs. */
    static byte[] pastedPhotosPage() {
        var random = new Random(11);
        var sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            var image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) image.setRGB(x, y, random.nextInt());
            }
            var png = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sb.append("<p>Фото ").append(i + 1).append("</p><img alt=\"Фото с совещания ").append(i + 1)
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png.toByteArray()))
                    .append("\">");
        }
        return htmlPage("Pasted photos", "<p>Совещание в министерстве.</p>" + sb).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
