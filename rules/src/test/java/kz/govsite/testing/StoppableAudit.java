package kz.govsite.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import kz.govsite.BrowserOptions;
import kz.govsite.CrawlOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.audit.Audit;
import kz.govsite.audit.AuditSettings;
import kz.govsite.audit.RegistryReader;
import kz.govsite.audit.ScoreWeights;

/** An audit in a JVM of its own, for a test to kill half-way as a crash or a lost machine would. */
public final class StoppableAudit {
    private StoppableAudit() {
    }

    /** Arguments: the registry file and the output folder. */
    public static void main(String[] args) throws Exception {
        Audit.run(new RegistryReader().read(Path.of(args[0])), base(Path.of(args[1])), settings(Path.of(args[1])),
                Progress.CONSOLE);
        System.out.println("the audit ended by itself");
    }

    /** The shared settings: axe and parity, one session, a cache under the output folder. */
    public static GovsiteConfig base(Path out) {
        return GovsiteConfig.builder()
                .checks(Set.of("axe", "parity"))
                .crawl(CrawlOptions.defaults().withCache(out.resolve("cache")))
                .browser(new BrowserOptions(null, null, null, 1280, 900, Duration.ofSeconds(30), 1, List.of()))
                .report(new ReportOptions(out.resolve("unused"), Set.of("json"), "ru"))
                .buildShared();
    }

    /** One site at a time and no history, so that two audits of the same registry compare. */
    public static AuditSettings settings(Path out) {
        return new AuditSettings(out, null, 1, ScoreWeights.equal(), OptionalDouble.empty(), false);
    }

    /** The command that starts {@link #main} with this JVM's class path. */
    public static ProcessBuilder command(Path registry, Path out) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-cp", classPath, StoppableAudit.class.getName(), registry.toString(),
                out.toString()).redirectErrorStream(true);
    }
}
