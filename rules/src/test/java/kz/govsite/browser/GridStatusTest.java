package kz.govsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.junit.jupiter.api.Test;

class GridStatusTest {
    @Test
    void countsIdleChromeSlotsOnNodesThatAreUp() throws Exception {
        String status = """
                {"value": {"ready": true, "nodes": [
                  {"availability": "UP", "slots": [
                    {"session": null, "stereotype": {"browserName": "chrome"}},
                    {"session": {"sessionId": "a1"}, "stereotype": {"browserName": "chrome"}},
                    {"session": null, "stereotype": {"browserName": "firefox"}}]},
                  {"availability": "UP", "slots": [
                    {"session": null, "stereotype": {"browserName": "chrome"}},
                    {"session": null, "stereotype": {"browserName": "chrome"}}]},
                  {"availability": "DOWN", "slots": [
                    {"session": null, "stereotype": {"browserName": "chrome"}}]},
                  {"availability": "DRAINING", "slots": [
                    {"session": null, "stereotype": {"browserName": "chrome"}}]}]}}
                """;
        assertEquals(3, GridStatus.freeChromeSlots(new ObjectMapper().readTree(status)));
    }

    @Test
    void aGridWithoutNodesHasNoSlots() throws Exception {
        assertEquals(0, GridStatus.freeChromeSlots(new ObjectMapper().readTree("{\"value\": {\"ready\": false, \"nodes\": []}}")));
    }

    @Test
    void findsStatusBesideTheSessionAddress() {
        assertEquals(URI.create("http://grid:4444/status"), GridStatus.statusUri(URI.create("http://grid:4444")));
        assertEquals(URI.create("http://grid:4444/wd/hub/status"), GridStatus.statusUri(URI.create("http://grid:4444/wd/hub/")));
    }

    @Test
    void aGridThatDoesNotAnswerIsNamed() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(BrowserUnavailableException.class,
                () -> GridStatus.freeChromeSlots(URI.create("http://127.0.0.1:1"), java.time.Duration.ofSeconds(2)));
        assertEquals(true, e.getMessage().startsWith("the Selenium Grid at http://127.0.0.1:1 does not answer on "
                + "http://127.0.0.1:1/status"), e.getMessage());
    }

    @Test
    void aGridIsWhatAnswersWithAReadyState() {
        var uri = URI.create("http://grid:4444/status");
        assertEquals(true, new GridStatus.Answer(uri, 200, "{\"value\": {\"ready\": false, \"nodes\": []}}").isGrid());
        assertEquals(false, new GridStatus.Answer(uri, 200, "<html><p>\"ready\": the shop is open</p></html>").isGrid());
        assertEquals(false, new GridStatus.Answer(uri, 200, "{\"value\": {\"nodes\": []}}").isGrid());
        assertEquals(false, new GridStatus.Answer(uri, 503, "{\"value\": {\"ready\": true}}").isGrid());
    }
}
