package kz.govsite.check.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import kz.govsite.finding.Finding;
import kz.govsite.report.ReportText;

/** A documents finding reaches kk and ru readers in their language, with every parameter filled. */
final class SaidInEveryLanguage {
    private static final Pattern LEFT_OVER = Pattern.compile("\\{[A-Za-z]+(:[a-z]+)?\\}");
    private static final ReportText KK = ReportText.of("kk");
    private static final ReportText RU = ReportText.of("ru");
    private static final ReportText EN = ReportText.of("en");

    private SaidInEveryLanguage() {
    }

    static void check(Finding f) {
        String id = f.text().id();
        assertTrue(id.equals(f.check()) || id.startsWith(f.check() + "."), f.check() + " says " + id);
        for (ReportText language : new ReportText[] {KK, RU, EN}) {
            String said = language.message(f.text()).orElseThrow(() -> new AssertionError("no " + language.language()
                    + " text for " + id));
            assertFalse(LEFT_OVER.matcher(said).find(), language.language() + " " + id + ": " + said);
        }
        assertEquals(f.message(), EN.message(f), "English readers keep the finding's own sentence");
        assertFalse(KK.message(f).equals(f.message()) || RU.message(f).equals(f.message()), id);
    }
}
