package kz.govsite.maven;

import java.io.File;
import java.io.IOException;
import kz.govsite.report.BaselineWriter;
import kz.govsite.report.Report;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks a site like {@code govsite:check}, then writes today's findings to the baseline file
 * ({@code govsite-baseline.json}) instead of failing: later checks with {@code govsite.baseline}
 * fail only on findings that are new.
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends AbstractGovsiteMojo {

    @Override
    void executeGoal() throws MojoExecutionException {
        File file = baselineFile();
        Report report = runEngine(toConfig(null));
        try {
            var written = BaselineWriter.write(report, file.toPath());
            getLog().info("govsite: baseline of " + written.findings() + (written.findings() == 1 ? " finding" : " findings")
                    + " (" + written.entries().size() + " fingerprints) written to " + file.getAbsolutePath());
        } catch (IOException e) {
            throw new MojoExecutionException("govsite: could not write the baseline " + file + ": " + e.getMessage(), e);
        }
    }

    /** The baseline parameter, or govsite-baseline.json beside the project (or in the current folder). */
    File baselineFile() {
        if (baseline != null) return baseline;
        if (project != null && project.getBasedir() != null) return new File(project.getBasedir(), "govsite-baseline.json");
        return new File(executionRoot(), "govsite-baseline.json");
    }
}
