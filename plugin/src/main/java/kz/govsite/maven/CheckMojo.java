package kz.govsite.maven;

import kz.govsite.report.Report;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks a site: crawls it in headless Chromium, runs the checks on every page, writes the reports
 * and fails the build when findings reach {@code govsite.failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractGovsiteMojo {

    @Override
    void executeGoal() throws MojoExecutionException, MojoFailureException {
        Report report = runEngine(toConfig());
        if (report.verdict().fails()) {
            throw new MojoFailureException("govsite: " + report.verdict().summary() + "; see " + where(report));
        }
    }

    private static String where(Report report) {
        var json = report.files().get("json");
        if (json != null) return json.toAbsolutePath().toString();
        return report.files().values().stream().findFirst().map(p -> p.toAbsolutePath().toString())
                .orElse("the build log above");
    }
}
