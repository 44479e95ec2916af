package kz.govsite.bench;

import java.nio.file.Path;
import java.util.Locale;
import kz.govsite.BrowserOptions;
import kz.govsite.check.Families;
import kz.govsite.crawl.StaticSiteServer;

/**
 * The Chromium switches that only stop background services, measured alone: the same run with
 * and without them ({@code govsite.chromium.quiet}), alternated so that a drift of the machine's
 * load falls on both sides.
 */
final class SwitchComparison {
    private static final String QUIET = "govsite.chromium.quiet";

    private SwitchComparison() {
    }

    static void run(Path work, int pages, int rounds) throws Exception {
        Path site = work.resolve("site-" + pages);
        SiteGenerator.write(site, pages, "http://" + StaticSiteServer.HOST + "/");
        long with = 0, without = 0;
        int findingsWith = 0, findingsWithout = 0;
        for (int round = 0; round < rounds; round++) {
            System.setProperty(QUIET, "false");
            Measurement bare = GovsiteRun.run(site, pages, Families.builtInIds(), BrowserOptions.AUTO_CONCURRENCY,
                    work.resolve("out-bare-" + round));
            System.clearProperty(QUIET);
            Measurement quiet = GovsiteRun.run(site, pages, Families.builtInIds(), BrowserOptions.AUTO_CONCURRENCY,
                    work.resolve("out-quiet-" + round));
            without += bare.wallMs();
            with += quiet.wallMs();
            findingsWithout = bare.findings();
            findingsWith = quiet.findings();
            System.out.printf(Locale.ROOT, "round %d: only the needed switches %.1f s, with the background-service switches %.1f s%n",
                    round + 1, bare.wallMs() / 1000.0, quiet.wallMs() / 1000.0);
        }
        System.out.printf(Locale.ROOT, "all checks, %d pages x %d rounds, default concurrency (%d):%n", pages, rounds,
                kz.govsite.browser.LocalConcurrency.forThisMachine());
        System.out.printf(Locale.ROOT, "  only the needed switches:             %.1f s, %d findings%n", without / 1000.0, findingsWithout);
        System.out.printf(Locale.ROOT, "  with the background-service switches: %.1f s, %d findings (%.1f%% %s)%n", with / 1000.0,
                findingsWith, 100.0 * Math.abs(without - with) / Math.max(1, without), with <= without ? "faster" : "slower");
    }
}
