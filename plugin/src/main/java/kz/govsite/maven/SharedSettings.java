package kz.govsite.maven;

import static kz.govsite.OptionValues.list;
import static kz.govsite.OptionValues.patterns;
import static kz.govsite.OptionValues.positive;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import kz.govsite.AccessOptions;
import kz.govsite.BrowserOptions;
import kz.govsite.CrawlOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.OptionValues;
import kz.govsite.ReportOptions;
import kz.govsite.Thresholds;
import kz.govsite.check.Families;
import kz.govsite.finding.Suppression;
import org.apache.maven.settings.Server;

/**
 * Maps the parameters every goal shares to the engine's settings, all but the target (start URLs,
 * sitemap, folder): the part an audit's sites share. Values are parsed by the engine's
 * {@link OptionValues}; a bad one throws naming its parameter.
 */
final class SharedSettings {
    private final AbstractGovsiteMojo m;

    private SharedSettings(AbstractGovsiteMojo mojo) {
        this.m = mojo;
    }

    /** The settings of {@code mojo}, comparing with {@code baselineToCompare} when it is not null. */
    static GovsiteConfig.Builder of(AbstractGovsiteMojo mojo, File baselineToCompare) {
        return new SharedSettings(mojo).builder(baselineToCompare);
    }

    private GovsiteConfig.Builder builder(File baselineToCompare) {
        var defaults = BrowserOptions.defaults();
        int[] size = OptionValues.windowSize(m.windowSize);
        var browser = new BrowserOptions(path(m.chromeBinary), path(m.chromedriver), blankToNull(m.gridUrl), size[0],
                size[1], Duration.ofSeconds(positive("govsite.pageTimeout", m.pageTimeout)),
                m.concurrency == null ? defaults.concurrency() : m.concurrency, List.of());
        var crawl = new CrawlOptions(m.maxPages, m.maxDepth, patterns("govsite.includes", m.includes),
                patterns("govsite.excludes", m.excludes), Set.copyOf(list(m.scope)), m.maxRequestsPerSecond)
                .withCache(cacheDirectory(m.outputDirectory().toPath()))
                .asGuest(m.robots == null ? m.obeysRobotsByDefault() : m.robots, m.contact);
        Path out = m.outputDirectory().toPath();
        var reportDefaults = ReportOptions.defaults(out);
        var report = new ReportOptions(out,
                list(m.formats).isEmpty() ? reportDefaults.formats() : new LinkedHashSet<>(list(m.formats)),
                m.reportLanguage, path(baselineToCompare), thresholds(), suppressions());
        return GovsiteConfig.builder()
                .crawl(crawl)
                .browser(browser)
                .report(report)
                .checks(list(m.checks).isEmpty() ? Families.builtInIds() : new LinkedHashSet<>(list(m.checks)))
                .failOn(m.failOn)
                .failOnReview(m.failOnReview)
                .access(access())
                // The families' own options, by property name: each family reads, checks and describes its own.
                .option("govsite.axeTags", m.axeTags)
                .option("govsite.axeDisabledRules", m.axeDisabledRules)
                .option("govsite.axeInclude", m.axeInclude)
                .option("govsite.axeExclude", m.axeExclude)
                .option("govsite.lowVision.toggle", m.lowVisionToggle)
                .option("govsite.lowVision.minFontPx", String.valueOf(m.lowVisionMinFontPx))
                .option("govsite.lowVision.minScale", String.valueOf(m.lowVisionMinScale))
                .option("govsite.lowVision.reflowWidth", String.valueOf(m.lowVisionReflowWidth))
                .option("govsite.lowVision.contrastRules", m.lowVisionContrastRules)
                .option("govsite.lowVision.required", String.valueOf(m.lowVisionRequired))
                .option("govsite.lowVision.sampling", m.lowVisionSampling)
                .option("govsite.screenshots", String.valueOf(m.screenshots))
                .option("govsite.languages", m.languages)
                .option("govsite.ignoreSelectors", m.ignoreSelectors)
                .option("govsite.pairing", m.pairing)
                .option("govsite.kazakhLatin", String.valueOf(m.kazakhLatin))
                .option("govsite.maxDocuments", m.maxDocuments)
                .option("govsite.documents.maxBytes", m.documentsMaxBytes)
                .option("govsite.documents.maxPages", m.documentsMaxPages)
                .option("govsite.documents.timeout", m.documentsTimeout)
                .option("govsite.pictures", m.pictures)
                .option("govsite.pictures.max", m.picturesMax);
    }

    private Thresholds thresholds() {
        var max = MaxFindings.read(m.maxFindings, m.project, m.session);
        return new Thresholds(max, m.minParityShare == null ? OptionalDouble.empty() : OptionalDouble.of(m.minParityShare));
    }

    private List<Suppression> suppressions() {
        return OptionValues.suppressions(m.suppressions);
    }

    private AccessOptions access() {
        String user = null;
        String password = null;
        if (m.serverId != null && !m.serverId.isBlank()) {
            Server server = m.server(m.serverId.strip(), "govsite.serverId", "");
            user = server.getUsername();
            password = server.getPassword();
        }
        AccessOptions.FormLogin login = blankToNull(m.loginUrl) == null ? null : new AccessOptions.FormLogin(m.loginUrl.strip(),
                blankToNull(m.loginUsernameSelector), blankToNull(m.loginPasswordSelector), blankToNull(m.loginSubmitSelector),
                blankToNull(m.loginSuccessSelector));
        return new AccessOptions(OptionValues.headers(m.headers), OptionValues.cookies(m.cookies), user, password, login);
    }

    /** The cache folder, or null when {@code govsite.cache} is {@code none}. */
    private Path cacheDirectory(Path out) {
        String value = blankToNull(m.cache);
        if (value == null) return out.resolve("cache");
        if (value.equalsIgnoreCase("none")) return null;
        Path dir = Path.of(value);
        return dir.isAbsolute() || m.project == null || m.project.getBasedir() == null ? dir
                : m.project.getBasedir().toPath().resolve(dir);
    }

    static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
