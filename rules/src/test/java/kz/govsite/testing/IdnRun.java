package kz.govsite.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import kz.govsite.BrowserOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;

/**
 * A run in a JVM whose name resolution comes from a hosts file ({@code -Djdk.net.hosts.file}), so a
 * Kazakh domain name can be served from 127.0.0.1 as DNS would serve it; Chromium gets the same
 * mapping as a resolver rule.
 */
public final class IdnRun {
    private IdnRun() {
    }

    /** Arguments: the start URL, the output folder, the host in ASCII. */
    public static void main(String[] args) throws Exception {
        var browser = new BrowserOptions(null, null, null, 1280, 900, Duration.ofSeconds(30), 1,
                List.of("--host-resolver-rules=MAP " + args[2] + " 127.0.0.1"));
        var config = GovsiteConfig.builder().startUrl(args[0]).checks(Set.of("axe")).browser(browser)
                .report(new ReportOptions(Path.of(args[1]), Set.of("json", "html"), "kk")).failOn("none").build();
        SiteCheck.run(config, Progress.CONSOLE);
    }

    /** The command that starts {@link #main} with this JVM's class path and {@code hostsFile}. */
    public static ProcessBuilder command(String startUrl, Path out, String asciiHost, Path hostsFile) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-Djdk.net.hosts.file=" + hostsFile, "-cp", classPath, IdnRun.class.getName(),
                startUrl, out.toString(), asciiHost).redirectErrorStream(true);
    }
}
