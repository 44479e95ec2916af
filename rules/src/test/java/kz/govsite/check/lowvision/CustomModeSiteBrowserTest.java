package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;
import kz.govsite.report.Report;
import kz.govsite.testing.Browsers;
import kz.govsite.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("browser")
class CustomModeSiteBrowserTest {
    @TempDir
    static Path out;
    static Report report;

    @BeforeAll
    static void checkTheSite() throws Exception {
        Browsers.requireChromium();
        var config = GovsiteConfig.builder()
                .siteDirectory(Fixtures.site("lowvision-custom"))
                .checks(Set.of("axe", "lowvision"))
                .report(ReportOptions.defaults(out))
                .build();
        report = SiteCheck.run(config, Progress.SILENT);
        report.findings().forEach(f -> System.out.println(f.check() + " " + f.url() + " " + f.selector() + " :: " + f.message()));
        report.pages().forEach(p -> System.out.println(p.url() + " " + p.data()));
    }

    @Test
    void placeholder() {
        assertTrue(true);
    }
}
