package kz.govsite.audit;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import kz.govsite.AccessOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.InvalidConfigException;
import kz.govsite.ReportOptions;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.check.lowvision.LowVisionOptions;
import kz.govsite.finding.Severity;

/**
 * Derives one site's configuration from the audit's base settings and the registry's overrides,
 * so every site is checked with the same engine and settings, each in its own folder.
 */
public final class SiteConfigs {
    /** Formats every site writes: the audit links to them. */
    static final String JSON = "json";
    static final String HTML = "html";

    private SiteConfigs() {
    }

    /**
     * The shared settings with the site's target (start URLs, sitemap, folder), page budget, pairing, toggle
     * and credentials, writing to {@code siteOutput}. Settings the base carries are copied one by one: a new
     * setting of {@link GovsiteConfig} itself needs its line here (SiteConfigsTest compares the two
     * descriptions); a family's options are carried whole.
     *
     * @param credentials by {@code serverId}; a site whose serverId is not among them is a configuration error
     */
    public static GovsiteConfig forSite(GovsiteConfig base, SiteEntry site, Path siteOutput,
                                        Map<String, SiteCredentials> credentials) {
        var formats = new LinkedHashSet<>(base.report().formats());
        formats.add(JSON);
        if (ReportOptions.KNOWN_FORMATS.contains(HTML)) formats.add(HTML);
        ReportOptions b = base.report();
        // No baseline: a baseline lists one site's findings, and folder sites all answer as site.test.
        var report = new ReportOptions(siteOutput, formats, b.reportLanguage(), null, b.thresholds(), b.suppressions());

        var crawl = site.maxPages().isPresent() ? base.crawl().withMaxPages(site.maxPages().getAsInt()) : base.crawl();
        // A cache of its own per site: folder sites all answer as site.test, and a stopped audit resumes each
        // half-checked site from the pages it had finished.
        if (crawl.cacheDirectory() != null) crawl = crawl.withCache(crawl.cacheDirectory().resolve(site.id()));
        // The families' options are carried whole, changed only where the site says otherwise.
        var builder = GovsiteConfig.builder();
        base.options().forEach(builder::option);
        if (site.lowVisionToggle() != null) builder.option(LowVisionOptions.TOGGLE, site.lowVisionToggle());
        if (!site.pairing().isEmpty()) builder.option(LanguageOptions.PAIRING, site.pairing());
        base.families().forEach(builder::family);
        return builder
                .target(site.target())
                .crawl(crawl)
                .browser(base.browser())
                .report(report)
                .checks(base.checks())
                .failOn(base.failOn().map(Severity::label).orElse("none"))
                .failOnReview(base.failOnReview())
                .access(access(base.access(), site, credentials))
                .build();
    }

    private static AccessOptions access(AccessOptions base, SiteEntry site, Map<String, SiteCredentials> credentials) {
        if (site.serverId() == null) return base;
        SiteCredentials c = credentials.get(site.serverId());
        if (c == null) {
            throw new InvalidConfigException("govsite.registry", "site " + site.id() + ": no credentials for serverId '"
                    + site.serverId() + "' (a <server> with that id in settings.xml)");
        }
        return new AccessOptions(base.headers(), base.cookies(), c.username(), c.password(), base.login());
    }
}
