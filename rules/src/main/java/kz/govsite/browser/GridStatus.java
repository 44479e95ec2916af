package kz.govsite.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/** Reads a Selenium Grid's {@code /status}: whether it is ready and how many Chrome slots are free. */
public final class GridStatus {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Browser names a Chromium-based node advertises in its slots' stereotypes. */
    private static final Set<String> CHROME_NAMES = Set.of("chrome", "chromium", "chrome-headless-shell");

    private GridStatus() {
    }

    /** Free Chrome slots on the Grid at {@code gridUrl}; throws when the Grid does not answer. */
    public static int freeChromeSlots(URI gridUrl, Duration timeout) {
        URI status = statusUri(gridUrl);
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(status).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new BrowserUnavailableException("the Selenium Grid at " + gridUrl + " answers HTTP "
                        + response.statusCode() + " on " + status);
            }
            return freeChromeSlots(JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new BrowserUnavailableException("the Selenium Grid at " + gridUrl + " does not answer on " + status
                    + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrowserUnavailableException("interrupted while asking the Selenium Grid for its status", e);
        }
    }

    /** Counts idle slots for Chrome on nodes that are up, in a parsed {@code /status} answer. */
    static int freeChromeSlots(JsonNode status) {
        int free = 0;
        for (JsonNode node : status.path("value").path("nodes")) {
            if (!node.path("availability").asText("UP").equalsIgnoreCase("UP")) continue;
            for (JsonNode slot : node.path("slots")) {
                String browser = slot.path("stereotype").path("browserName").asText("").toLowerCase(Locale.ROOT);
                boolean idle = slot.path("session").isMissingNode() || slot.path("session").isNull();
                if (idle && CHROME_NAMES.contains(browser)) free++;
            }
        }
        return free;
    }

    /** {@code /status} next to the address sessions are asked from: {@code http://h:4444/wd/hub} has {@code /wd/hub/status}. */
    static URI statusUri(URI gridUrl) {
        String s = gridUrl.toString();
        return URI.create((s.endsWith("/") ? s : s + "/") + "status");
    }
}
