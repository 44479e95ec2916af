package kz.govsite.testing;

import java.nio.file.Path;
import java.util.Set;
import kz.govsite.GovsiteConfig;
import kz.govsite.Progress;
import kz.govsite.ReportOptions;
import kz.govsite.SiteCheck;

/** A run in a JVM of its own, for a test to stop with a signal as a user's Ctrl-C or a CI's cancel would. */
public final class StoppableRun {
    private StoppableRun() {
    }

    /** Arguments: the start URL and the output folder. Prints the run's progress to standard output. */
    public static void main(String[] args) throws Exception {
        var config = GovsiteConfig.builder().startUrl(args[0]).checks(Set.of("axe"))
                .report(new ReportOptions(Path.of(args[1]), Set.of("json"), "ru")).failOn("none").build();
        SiteCheck.run(config, Progress.CONSOLE);
        System.out.println("the run ended by itself");
    }

    /** The command that starts {@link #main} with this JVM's class path. */
    public static ProcessBuilder command(String startUrl, Path out) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-cp", classPath, StoppableRun.class.getName(), startUrl, out.toString())
                .redirectErrorStream(true);
    }
}
