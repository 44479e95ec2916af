package kz.govsite.maven;

import static kz.govsite.OptionValues.list;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import kz.govsite.GovsiteConfig;
import kz.govsite.GovsiteException;
import kz.govsite.InvalidConfigException;
import kz.govsite.audit.Audit;
import kz.govsite.audit.AuditConsole;
import kz.govsite.audit.AuditResult;
import kz.govsite.audit.AuditSettings;
import kz.govsite.audit.Registry;
import kz.govsite.audit.RegistryReader;
import kz.govsite.audit.ScoreWeights;
import kz.govsite.audit.SiteCredentials;
import kz.govsite.audit.SiteEntry;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;

/**
 * Audits many state bodies' sites in one run: checks every site of a registry with the settings of
 * {@code govsite:check}, scores and ranks them, shows each site's change since the previous audit,
 * and writes audit.html, audit.json and audit.csv. The build fails only on configured rules.
 */
@Mojo(name = "audit", requiresProject = false, threadSafe = true)
public class AuditMojo extends AbstractGovsiteMojo {
    /** The registry of sites to audit: a YAML (or .json) file with a {@code sites} list; see docs/audit.md. */
    @Parameter(property = "govsite.registry", required = true)
    File registry;

    /** Sites checked at once; each uses {@code govsite.concurrency} browser sessions. */
    @Parameter(property = "govsite.siteConcurrency", defaultValue = "2")
    int siteConcurrency;

    /** Folder that keeps each audit's summary for the changes and trends; default govsite-history next to the registry. */
    @Parameter(property = "govsite.auditHistory")
    File auditHistory;

    /** Weights of the overall score, e.g. {@code accessibility=2,lowVision=1,parity=1}; default equal. */
    @Parameter(property = "govsite.auditWeights")
    String auditWeights;

    /** Fails the build when any site's overall score is below this (0-100); by default the audit only reports. */
    @Parameter(property = "govsite.auditFailBelow")
    Double auditFailBelow;

    /**
     * Continues an audit that was stopped (crash, kill, lost Grid) where it stopped, when the same registry
     * and settings are audited again into the same folder; false starts afresh.
     */
    @Parameter(property = "govsite.resume", defaultValue = "true")
    boolean resume = true;

    /** Fails the build when any site could not be audited (down, timed out, no page checked). */
    @Parameter(property = "govsite.auditFailOnError", defaultValue = "false")
    boolean auditFailOnError;

    @Override
    void executeGoal() throws MojoExecutionException, MojoFailureException {
        AuditResult result;
        try {
            Registry sites = new RegistryReader().read(registryFile().toPath());
            result = Audit.run(sites, baseConfig(), auditSettings(credentials(sites)), new MavenProgress(getLog()));
        } catch (InvalidConfigException e) {
            throw new MojoExecutionException("govsite: " + e.getMessage());
        } catch (GovsiteException e) {
            throw new MojoExecutionException("govsite: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("govsite: could not write the audit: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("govsite: interrupted", e);
        }
        AuditConsole.print(result, new MavenProgress(getLog()));
        if (result.verdict().fails()) {
            Path html = result.files().get("html");
            throw new MojoFailureException("govsite: " + result.verdict().summary()
                    + (html == null ? "" : "; see " + html.toAbsolutePath()));
        }
    }

    /** The audit visits other people's sites: it obeys their robots.txt unless told otherwise. */
    @Override
    boolean obeysRobotsByDefault() {
        return true;
    }

    /** The settings every site shares: all of govsite:check's parameters but the target, which each site brings. */
    GovsiteConfig baseConfig() throws MojoExecutionException {
        if (!list(urls).isEmpty() || sitemap != null || siteDirectory != null) {
            getLog().warn("govsite: govsite.url, govsite.sitemap and govsite.siteDirectory are ignored by the audit: "
                    + "each site's start comes from the registry");
        }
        return valid(() -> SharedSettings.of(this, baseline).buildShared());
    }

    AuditSettings auditSettings(Map<String, SiteCredentials> credentials) {
        Path history = auditHistory != null ? auditHistory.toPath()
                : registryFile().getAbsoluteFile().toPath().getParent().resolve("govsite-history");
        return new AuditSettings(outputDirectory().toPath(), history, siteConcurrency, ScoreWeights.parse(auditWeights),
                auditFailBelow == null ? OptionalDouble.empty() : OptionalDouble.of(auditFailBelow), auditFailOnError,
                credentials, resume);
    }

    /** A relative registry path is read from the folder Maven was started in, like a user expects. */
    File registryFile() {
        if (registry == null) throw new InvalidConfigException("govsite.registry", "give the registry file of sites to audit");
        if (registry.isAbsolute()) return registry;
        return new File(executionRoot(), registry.getPath());
    }

    /** The user names and passwords of the registry's serverIds, from settings.xml; a missing one stops the audit. */
    Map<String, SiteCredentials> credentials(Registry sites) {
        var out = new HashMap<String, SiteCredentials>();
        for (SiteEntry site : sites.sites()) {
            if (site.serverId() == null) continue;
            Server server = server(site.serverId(), "govsite.registry", "site " + site.id() + ": ");
            out.put(site.serverId(), new SiteCredentials(nullToEmpty(server.getUsername()),
                    nullToEmpty(server.getPassword())));
        }
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
