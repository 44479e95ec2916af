package kz.govsite.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AuditConsoleTest {
    @Test
    void oneLinePerSiteWithChangesInBrackets() {
        assertEquals(List.of(
                "  rank  overall       accessibility lowVision     parity        pages  site",
                "     1  58.3 (-11.7)  66.7 (-3.3)   50.0          n/a               2  evil",
                "     2  66.7 (+16.7)  66.7 (+16.7)  n/a           n/a               2  half",
                "     -  not audited: start URL <b>down</b>  gone"),
                AuditConsole.lines(AuditWritersTest.result("ru", OptionalDouble.empty())));
    }
}
