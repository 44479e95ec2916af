package kz.govsite.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingJsonTest {
    private final Finding finding = new Finding("axe.image-alt", Severity.CRITICAL, "http://site.test/kk/",
            "img.logo", "Images must have alternative text", List.of("1.1.1"), "<img class=\"logo\" src=\"gerb.png\">",
            "https://dequeuniversity.com/rules/axe/4.11/image-alt", Map.of("summary", "Fix any of the following"));

    @Test
    void writesTheFieldsInOneOrderWithTheFingerprintBeforeTheEvidence() {
        assertEquals(List.of("check", "severity", "outcome", "url", "selector", "message", "wcag", "snippet", "helpUrl",
                "fingerprint", "evidence"), List.copyOf(FindingJson.toMap(finding).keySet()));
        assertEquals(finding.fingerprint(), FindingJson.toMap(finding).get("fingerprint"));
    }

    @Test
    void readsBackWhatItWrote() {
        assertEquals(finding, FindingJson.fromMap(FindingJson.toMap(finding)));
    }
}
