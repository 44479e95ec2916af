package kz.govsite.audit;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import kz.govsite.GovsiteConfig;
import kz.govsite.LanguageOptions;
import kz.govsite.LowVisionOptions;
import kz.govsite.ReportOptions;
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
     * The base settings with the site's start URLs, sitemap, folder, page budget, pairing and toggle,
     * writing to {@code siteOutput}. Options the base carries are copied one by one: a new option in
     * {@link GovsiteConfig} needs its line here (SiteConfigsTest compares the two descriptions).
     */
    public static GovsiteConfig forSite(GovsiteConfig base, SiteEntry site, Path siteOutput) {
        var formats = new LinkedHashSet<>(base.report().formats());
        formats.add(JSON);
        if (ReportOptions.KNOWN_FORMATS.contains(HTML)) formats.add(HTML);
        var report = new ReportOptions(siteOutput, formats, base.report().reportLanguage());

        var crawl = site.maxPages().isPresent() ? base.crawl().withMaxPages(site.maxPages().getAsInt()) : base.crawl();
        LowVisionOptions lv = base.lowVision();
        if (site.lowVisionToggle() != null) {
            lv = new LowVisionOptions(site.lowVisionToggle(), lv.minFontPx(), lv.minScale(), lv.reflowWidth(),
                    lv.contrastRules(), lv.screenshots(), lv.required());
        }
        LanguageOptions language = base.language();
        if (!site.pairing().isEmpty()) {
            language = new LanguageOptions(language.languages(), language.ignoreSelectors(), site.pairing(),
                    language.kazakhLatin());
        }
        return GovsiteConfig.builder()
                .startUrls(site.urls())
                .sitemap(site.sitemap())
                .siteDirectory(site.siteDirectory())
                .crawl(crawl)
                .browser(base.browser())
                .axe(base.axe())
                .lowVision(lv)
                .language(language)
                .report(report)
                .checks(base.checks())
                .failOn(base.failOn().map(Severity::label).orElse("none"))
                .build();
    }
}
