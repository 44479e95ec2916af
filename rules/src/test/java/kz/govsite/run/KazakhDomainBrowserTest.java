package kz.govsite.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.IDN;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.IdnRun;
import kz.govsite.testing.MisbehavingServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site under the .қаз zone, given in Unicode, is crawled by its ASCII name and shown in Unicode. */
@Tag("browser")
class KazakhDomainBrowserTest {
    @TempDir
    Path dir;

    @Test
    void aSiteUnderTheKazakhZoneIsCheckedAndShownInUnicode() throws Exception {
        Browsers.requireChromium();
        String unicodeHost = "президент.қаз";
        String asciiHost = IDN.toASCII(unicodeHost);
        try (var server = MisbehavingServer.start()) {
            server.page("/kk/", page("Басты бет", "<a href=\"/kk/zhanalyqtar/\">Жаңалықтар</a>"));
            server.page("/kk/zhanalyqtar/", page("Жаңалықтар", "<p>Мемлекет басшысы жиын өткізді.</p>"));
            Path hosts = Files.writeString(dir.resolve("hosts"),
                    "127.0.0.1 " + asciiHost + "\n127.0.0.1 localhost\n");
            String start = "http://" + unicodeHost + ":" + server.port() + "/kk/";
            Path out = dir.resolve("reports");
            Process run = IdnRun.command(start, out, asciiHost, hosts).redirectOutput(dir.resolve("run.log").toFile())
                    .start();
            assertTrue(run.waitFor(3, TimeUnit.MINUTES), "the run ends");
            String log = Files.readString(dir.resolve("run.log"));
            assertEquals(0, run.exitValue(), log);

            JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
            var pages = new ArrayList<String>();
            report.get("pages").forEach(p -> pages.add(p.get("url").asText() + " " + p.get("kind").asText()));
            String ascii = "http://" + asciiHost + ":" + server.port();
            assertEquals(List.of(ascii + "/kk/ page", ascii + "/kk/zhanalyqtar/ page"), pages);
            assertTrue(server.requests().stream().anyMatch(r -> r.fromBrowser()), "the browser reached the site too");
            String html = Files.readString(out.resolve("report.html"));
            assertTrue(html.contains(">http://" + unicodeHost + ":" + server.port() + "/kk/zhanalyqtar/</a>"),
                    "report.html shows the name as people write it");
        }
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"kk\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1>" + body + "</main></body></html>";
    }
}
