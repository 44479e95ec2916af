package kz.govsite;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import kz.govsite.check.CheckFamily;
import kz.govsite.check.Families;
import kz.govsite.finding.Severity;
import kz.govsite.pictures.PictureOptions;

/**
 * Everything a run needs to know, validated: build one with {@link #builder()}.
 *
 * @param startUrls     where the crawl starts (http or https)
 * @param sitemap       a sitemap or sitemap index, as URL or file path, or null
 * @param siteDirectory a folder served on 127.0.0.1 and crawled from its index, or null
 * @param checks        check families to run
 * @param failOn        lowest severity that fails the run, or empty for never
 * @param access        headers, cookies and credentials for sites that are not public
 * @param failOnReview  whether items to review (axe's "needs review") fail the run like failures
 * @param options       options the check families own and read themselves, raw by property name
 *                      (e.g. {@code govsite.lowVision.minFontPx}, {@code govsite.maxDocuments}): each
 *                      family parses, validates and describes its own ({@code LowVisionOptions.of(options)})
 * @param families      the check families this run knows: the built-in ones and any added with
 *                      {@link Builder#family}, in their order
 */
public record GovsiteConfig(List<String> startUrls, String sitemap, Path siteDirectory, CrawlOptions crawl,
                            BrowserOptions browser, ReportOptions report, Set<String> checks,
                            Optional<Severity> failOn, AccessOptions access, boolean failOnReview,
                            Map<String, String> options, List<CheckFamily> families) {

    public GovsiteConfig {
        startUrls = List.copyOf(startUrls);
        checks = Set.copyOf(checks);
        Objects.requireNonNull(crawl);
        Objects.requireNonNull(browser);
        Objects.requireNonNull(report);
        Objects.requireNonNull(failOn);
        access = access == null ? AccessOptions.none() : access;
        options = options == null ? Map.of() : Map.copyOf(options);
        families = families == null ? Families.BUILT_IN : List.copyOf(families);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same configuration with other browser settings (e.g. the sessions an audit gives each site). */
    public GovsiteConfig withBrowser(BrowserOptions other) {
        return new GovsiteConfig(startUrls, sitemap, siteDirectory, crawl, other, report, checks, failOn, access,
                failOnReview, options, families);
    }

    /**
     * The pictures report.html gets: none when the run writes no report.html (they are for people
     * reading it; a CI job writing JSON, JUnit or SARIF alone takes no crop it would never show) or
     * has screenshots off.
     */
    public PictureOptions pictures() {
        return report.formats().contains(ReportOptions.HTML) ? PictureOptions.of(options) : PictureOptions.none();
    }

    /** The check families that run, in their order. */
    public List<CheckFamily> familiesRun() {
        return families.stream().filter(f -> checks.contains(f.id())).toList();
    }

    /** Whether a check family ({@code axe}, {@code lowvision}, …) runs. */
    public boolean runs(String family) {
        return checks.contains(family);
    }

    /** The effective configuration as plain values for report.json; nothing secret is in it. */
    public Map<String, Object> describe() {
        var m = new TreeMap<String, Object>();
        m.put("startUrls", startUrls);
        m.put("sitemap", sitemap);
        m.put("siteDirectory", siteDirectory == null ? null : siteDirectory.toString());
        m.put("checks", checks.stream().sorted().toList());
        m.put("failOn", failOn.map(Severity::label).orElse("none"));
        m.put("failOnReview", failOnReview);
        m.put("maxPages", crawl.maxPages());
        m.put("maxDepth", crawl.maxDepth());
        m.put("includes", crawl.includes().stream().map(Object::toString).toList());
        m.put("excludes", crawl.excludes().stream().map(Object::toString).toList());
        m.put("scope", crawl.scopeHosts().stream().sorted().toList());
        m.put("robots", crawl.obeyRobots());
        m.put("contact", crawl.contact());
        m.put("concurrency", browser.concurrency() == BrowserOptions.AUTO_CONCURRENCY ? "auto" : browser.concurrency());
        m.put("cache", crawl.cacheDirectory() == null ? null : crawl.cacheDirectory().toString());
        m.put("gridUrl", browser.gridUrl());
        m.put("window", browser.windowWidth() + "x" + browser.windowHeight());
        m.put("pageTimeoutSeconds", browser.pageTimeout().toSeconds());
        m.put("formats", report.formats().stream().sorted().toList());
        m.put("reportLanguage", report.reportLanguage());
        m.put("baseline", report.baseline() == null ? null : report.baseline().toString());
        m.put("maxFindings", report.thresholds().maxFindings());
        m.put("minParityShare", report.thresholds().minParityShare().isPresent()
                ? report.thresholds().minParityShare().getAsDouble() : null);
        m.put("suppressions", report.suppressions().stream().map(s -> {
            var d = new TreeMap<String, String>();
            d.put("match", s.describe());
            d.put("reason", s.reason());
            return d;
        }).toList());
        m.put("access", access.describe());
        for (CheckFamily family : families) family.describeOptions(options, runs(family.id()), m);
        m.put("pictures", pictures().describe());
        return m;
    }

    /** Collects values, then {@link #build()} validates them all and names the first bad parameter. */
    public static final class Builder {
        private final List<String> startUrls = new ArrayList<>();
        private String sitemap;
        private Path siteDirectory;
        private CrawlOptions crawl = CrawlOptions.defaults();
        private BrowserOptions browser = BrowserOptions.defaults();
        private ReportOptions report = ReportOptions.defaults(Path.of("target", "govsite"));
        private Set<String> checks = Families.builtInIds();
        private Optional<Severity> failOn = Optional.of(Severity.SERIOUS);
        private boolean failOnReview;
        private AccessOptions access = AccessOptions.none();
        private final Map<String, String> options = new TreeMap<>();
        private final List<CheckFamily> moreFamilies = new ArrayList<>();

        public Builder startUrls(List<String> urls) {
            startUrls.clear();
            urls.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(startUrls::add);
            return this;
        }

        public Builder startUrl(String url) {
            return startUrls(List.of(url));
        }

        public Builder sitemap(String value) { sitemap = value; return this; }

        public Builder siteDirectory(Path value) { siteDirectory = value; return this; }

        public Builder crawl(CrawlOptions value) { crawl = value; return this; }

        public Builder browser(BrowserOptions value) { browser = value; return this; }

        public Builder report(ReportOptions value) { report = value; return this; }

        public Builder checks(Set<String> value) { checks = new LinkedHashSet<>(value); return this; }

        public Builder access(AccessOptions value) { access = value; return this; }

        /** Whether items to review fail the run as failures of their severity do. */
        public Builder failOnReview(boolean value) { failOnReview = value; return this; }
        /**
         * A family's option by its property name, e.g. {@code govsite.maxDocuments}; a blank value
         * removes it, so the family's default applies.
         */
        public Builder option(String name, String value) {
            if (value != null && !value.isBlank()) options.put(name, value.strip());
            else options.remove(name);
            return this;
        }

        /** A family's option given as a list, e.g. {@code govsite.axeTags}; an empty list removes it. */
        public Builder option(String name, List<String> values) {
            return option(name, values == null ? null : String.join(",", values));
        }

        /** A family's typed options whole, e.g. {@code LowVisionOptions.defaults().withSampling("all")}. */
        public Builder options(OptionSet set) {
            set.values().forEach(this::option);
            return this;
        }

        /** Registers a further check family for this run (it runs when {@code checks} names it). */
        public Builder family(CheckFamily family) {
            moreFamilies.add(family);
            return this;
        }

        /** {@code critical|serious|moderate|minor|none}. */
        public Builder failOn(String value) {
            String v = value == null ? "serious" : value.strip().toLowerCase(Locale.ROOT);
            if (v.equals("none")) {
                failOn = Optional.empty();
            } else {
                try {
                    failOn = Optional.of(Severity.parse(v));
                } catch (IllegalArgumentException e) {
                    throw new InvalidConfigException("govsite.failOn",
                            "'" + value + "' is not a severity: use critical, serious, moderate, minor or none");
                }
            }
            return this;
        }

        /** Where the run goes: start URLs, sitemap and folder at once. */
        public Builder target(RunTarget value) {
            return startUrls(value.urls()).sitemap(value.sitemap()).siteDirectory(value.siteDirectory());
        }

        /** Validates the target and the settings. */
        public GovsiteConfig build() {
            new RunTarget(startUrls, sitemap, siteDirectory).validate();
            return buildShared();
        }

        /**
         * Validates the settings alone, for settings that sites share (an audit's): a configuration
         * without a target checks nothing; each site gives its own to {@link #target} and {@link #build}.
         */
        public GovsiteConfig buildShared() {
            if (crawl.maxPages() < 1) {
                throw new InvalidConfigException("govsite.maxPages", "must be at least 1, was " + crawl.maxPages());
            }
            if (crawl.maxDepth() < -1) {
                throw new InvalidConfigException("govsite.maxDepth",
                        "must be -1 (no limit) or more, was " + crawl.maxDepth());
            }
            if (!(crawl.maxRequestsPerSecond() >= 0) || Double.isInfinite(crawl.maxRequestsPerSecond())) {
                throw new InvalidConfigException("govsite.maxRequestsPerSecond",
                        "must be 0 (no limit) or a positive number, was " + crawl.maxRequestsPerSecond());
            }
            if (browser.concurrency() < 0) {
                throw new InvalidConfigException("govsite.concurrency",
                        "must be at least 1 (or 0 for the default: one session more than cores, as free memory allows), was " + browser.concurrency());
            }
            if (browser.pageTimeout().isNegative() || browser.pageTimeout().isZero()) {
                throw new InvalidConfigException("govsite.pageTimeout", "must be positive");
            }
            List<CheckFamily> families = Families.with(moreFamilies);
            Set<String> known = Families.ids(families);
            for (String check : checks) {
                if (!known.contains(check)) {
                    throw new InvalidConfigException("govsite.checks", "unknown check '" + check
                            + "': known checks are " + String.join(", ", known.stream().sorted().toList()));
                }
            }
            for (String format : report.formats()) {
                if (!ReportOptions.KNOWN_FORMATS.contains(format)) {
                    throw new InvalidConfigException("govsite.formats", "unknown format '" + format
                            + "': known formats are " + String.join(", ", ReportOptions.KNOWN_FORMATS.stream().sorted().toList()));
                }
            }
            validateReport(report, known);
            validateAccess(access);
            families.forEach(f -> f.validateOptions(options));
            PictureOptions.parse(options);
            return new GovsiteConfig(startUrls, sitemap, siteDirectory, crawl, browser, report, checks, failOn, access,
                    failOnReview, options, families);
        }

        private static void validateReport(ReportOptions report, Set<String> known) {
            if (!ReportOptions.LANGUAGES.contains(report.reportLanguage())) {
                throw new InvalidConfigException("govsite.reportLanguage", "'" + report.reportLanguage()
                        + "' is not a report language: use kk, ru or en");
            }
            if (report.baseline() != null && report.baseline().toFile().isFile() && !report.baseline().toFile().canRead()) {
                throw new InvalidConfigException("govsite.baseline", "cannot read '" + report.baseline()
                        + "': make it readable or give another baseline file");
            }
            if (report.baseline() != null && !report.baseline().toFile().isFile()) {
                throw new InvalidConfigException("govsite.baseline", "'" + report.baseline()
                        + "' does not exist; write one with the govsite:baseline goal");
            }
            var families = new java.util.TreeSet<>(known);
            families.add("site");
            report.thresholds().maxFindings().forEach((family, max) -> {
                if (!families.contains(family)) {
                    throw new InvalidConfigException("govsite.maxFindings." + family, "unknown check family '"
                            + family + "': use one of " + String.join(", ", families));
                }
                if (max < 0) {
                    throw new InvalidConfigException("govsite.maxFindings." + family, "must be 0 or more, was " + max);
                }
            });
            report.thresholds().minParityShare().ifPresent(share -> {
                if (share < 0 || share > 100) {
                    throw new InvalidConfigException("govsite.minParityShare",
                            "must be a percentage from 0 to 100, was " + share);
                }
            });
        }

        private static void validateAccess(AccessOptions access) {
            access.headers().keySet().forEach(name -> {
                if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                    throw new InvalidConfigException("govsite.headers", "'" + name + "' is not an HTTP header name");
                }
            });
            access.cookies().keySet().forEach(name -> {
                if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                    throw new InvalidConfigException("govsite.cookies", "'" + name + "' is not a cookie name");
                }
            });
            var login = access.login();
            if (login != null) {
                validateHttpUrl("govsite.login.url", login.url());
                if (access.username() == null || access.password() == null) {
                    throw new InvalidConfigException("govsite.serverId",
                            "a login form needs a user name and password: give govsite.serverId");
                }
                for (var part : java.util.List.of(
                        java.util.Map.entry("govsite.login.usernameSelector", String.valueOf(login.usernameSelector())),
                        java.util.Map.entry("govsite.login.passwordSelector", String.valueOf(login.passwordSelector())),
                        java.util.Map.entry("govsite.login.submitSelector", String.valueOf(login.submitSelector())),
                        java.util.Map.entry("govsite.login.successSelector", String.valueOf(login.successSelector())))) {
                    if (part.getValue().isBlank() || part.getValue().equals("null")) {
                        throw new InvalidConfigException(part.getKey(), "the login form needs this CSS selector");
                    }
                }
            }
        }

        /** A sitemap file that cannot be read stops the run before any work; a URL is read when the run starts. */
        static void validateSitemap(String sitemap) {
            String lower = sitemap.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                validateHttpUrl("govsite.sitemap", sitemap);
                return;
            }
            Path file;
            try {
                file = lower.startsWith("file:") ? Path.of(URI.create(sitemap)) : Path.of(sitemap);
            } catch (RuntimeException e) {
                throw new InvalidConfigException("govsite.sitemap", "'" + sitemap + "' is neither an http(s) URL nor a file path");
            }
            if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isReadable(file)) {
                throw new InvalidConfigException("govsite.sitemap", "cannot read the file '" + file
                        + "': give a readable sitemap file or an http(s) URL of one");
            }
        }

        static void validateHttpUrl(String parameter, String url) {
            try {
                new URI(url);
            } catch (Exception e) {
                throw new InvalidConfigException(parameter, "'" + url + "' is not a URL");
            }
            // The normaliser reads Unicode hosts (президент.қаз) too, which java.net.URI alone does not.
            if (kz.govsite.crawl.UrlNormalizer.normalize(url).isEmpty()) {
                throw new InvalidConfigException(parameter,
                        "'" + url + "' is not an http(s) URL with a host, e.g. https://www.example.gov.kz/ru/");
            }
        }
    }
}
