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

    /** What {@code /status} answered: its HTTP status and body. */
    record Answer(URI uri, int httpStatus, String body) {
        /** Whether a Selenium Grid answered: HTTP 200 with a JSON body that has a ready state. */
        boolean isGrid() {
            if (httpStatus != 200) return false;
            try {
                return JSON.readTree(body).path("value").has("ready");
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** Asks the Grid at {@code gridUrl} for its {@code /status}. */
    static Answer ask(URI gridUrl, Duration timeout) throws IOException, InterruptedException {
        URI status = statusUri(gridUrl);
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(status).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(status, response.statusCode(), response.body());
    }

    /** Free Chrome slots on the Grid at {@code gridUrl}; throws when the Grid does not answer. */
    public static int freeChromeSlots(URI gridUrl, Duration timeout) {
        URI status = statusUri(gridUrl);
        try {
            Answer answer = ask(gridUrl, timeout);
            if (answer.httpStatus() != 200) {
                throw new BrowserUnavailableException("the Selenium Grid at " + gridUrl + " answers HTTP "
                        + answer.httpStatus() + " on " + status);
            }
            return freeChromeSlots(JSON.readTree(answer.body()));
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
