package kz.govsite.maven;

import static kz.govsite.OptionValues.list;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.govsite.GovsiteConfig;
import kz.govsite.GovsiteException;
import kz.govsite.InvalidConfigException;
import kz.govsite.RunTarget;
import kz.govsite.SiteCheck;
import kz.govsite.report.Report;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;

/** The parameters every govsite goal shares ({@link SharedSettings} maps them), and what every goal does first. */
abstract class AbstractGovsiteMojo extends AbstractMojo {
    /** Where the crawl starts: one or more page URLs, comma-separated. */
    @Parameter(property = "govsite.url")
    List<String> urls;

    /** A sitemap or sitemap index (URL or file) whose pages are checked too. */
    @Parameter(property = "govsite.sitemap")
    String sitemap;

    /** A folder holding a static site: served on 127.0.0.1 as http://site.test/ and crawled from its index. */
    @Parameter(property = "govsite.siteDirectory")
    File siteDirectory;

    /** At most this many pages are checked. */
    @Parameter(property = "govsite.maxPages", defaultValue = "500")
    int maxPages;

    /** At most this many link hops from a start URL; -1 for no limit. */
    @Parameter(property = "govsite.maxDepth", defaultValue = "-1")
    int maxDepth;

    /** Regular expressions: when any is given, only URLs matching one of them are checked. */
    @Parameter(property = "govsite.includes")
    List<String> includes;

    /** Regular expressions: URLs matching any of them are never checked. */
    @Parameter(property = "govsite.excludes")
    List<String> excludes;

    /** Host names that belong to the site; default the hosts of the start URLs. */
    @Parameter(property = "govsite.scope")
    List<String> scope;

    /** Requests per second and host, so that a state site is not hammered; 0 for no limit. */
    @Parameter(property = "govsite.maxRequestsPerSecond", defaultValue = "5")
    double maxRequestsPerSecond;

    /**
     * Whether robots.txt and its Crawl-delay are obeyed: default no for govsite:check (your own site),
     * yes for govsite:audit (other people's sites).
     */
    @Parameter(property = "govsite.robots")
    Boolean robots;

    /** An e-mail address or URL sent in the User-Agent, so a site's administrators know whom to ask. */
    @Parameter(property = "govsite.contact")
    String contact;

    /** Check families to run: axe, lowvision, language, parity; default all. */
    @Parameter(property = "govsite.checks")
    List<String> checks;

    /** The Chromium executable; default CHROME_BIN, then chromium, chromium-browser, google-chrome on PATH. */
    @Parameter(property = "govsite.chromeBinary")
    File chromeBinary;

    /** The ChromeDriver executable; default CHROMEDRIVER, then chromedriver on PATH. */
    @Parameter(property = "govsite.chromedriver")
    File chromedriver;

    /** A Selenium Grid to take browser sessions from instead of a local ChromeDriver. */
    @Parameter(property = "govsite.gridUrl")
    String gridUrl;

    /** Browser window size in CSS pixels, WIDTHxHEIGHT. */
    @Parameter(property = "govsite.windowSize", defaultValue = "1280x1024")
    String windowSize;

    /** Seconds one page may take to load and be checked. */
    @Parameter(property = "govsite.pageTimeout", defaultValue = "30")
    int pageTimeout;

    /** Browser sessions working at once; default one per processor core, or one per free Chrome slot of a Grid. */
    @Parameter(property = "govsite.concurrency")
    Integer concurrency;

    /**
     * A folder where the results of checked pages are kept, so that the next run checks again only
     * pages whose HTML, linked CSS/JS, configuration or rules changed; default the cache folder in
     * the output directory, {@code none} to check every page every time.
     */
    @Parameter(property = "govsite.cache")
    String cache;

    /** axe-core rule tags to run. */
    @Parameter(property = "govsite.axeTags", defaultValue = "wcag2a,wcag2aa,wcag21a,wcag21aa,wcag22aa")
    List<String> axeTags;

    /** axe-core rule ids never to run. */
    @Parameter(property = "govsite.axeDisabledRules")
    List<String> axeDisabledRules;

    /** CSS selectors axe checks (default the whole page). */
    @Parameter(property = "govsite.axeInclude")
    List<String> axeInclude;

    /** CSS selectors axe leaves out. */
    @Parameter(property = "govsite.axeExclude")
    List<String> axeExclude;

    /** Where reports are written; default target/govsite of the project, or of the current folder without one. */
    @Parameter(property = "govsite.outputDirectory")
    File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    /** Report formats: console, json, html, junit, sarif. */
    @Parameter(property = "govsite.formats")
    List<String> formats;

    /** Language of the human-readable reports: kk, ru or en. */
    @Parameter(property = "govsite.reportLanguage", defaultValue = "ru")
    String reportLanguage;

    /** Lowest severity that fails the build: critical, serious, moderate, minor, or none. */
    @Parameter(property = "govsite.failOn", defaultValue = "serious")
    String failOn;

    /**
     * Whether items to review (axe's "needs review": contrast over pictures, frames that did not
     * answer) fail the build like failures of their severity; by default they are only reported.
     */
    @Parameter(property = "govsite.failOnReview", defaultValue = "false")
    boolean failOnReview;

    /**
     * The baseline file: {@code govsite:check} fails only on findings not in it; {@code govsite:baseline}
     * writes it.
     */
    @Parameter(property = "govsite.baseline")
    File baseline;

    /** Most findings allowed per check family, any severity, e.g. {@code <parity>0</parity>}; also -Dgovsite.maxFindings.FAMILY=N. */
    @Parameter
    Map<String, String> maxFindings;

    /** Least share of pages with a complete language twin, in percent. */
    @Parameter(property = "govsite.minParityShare")
    Double minParityShare;

    /** Fails the build when the site has no low-vision version at all. */
    @Parameter(property = "govsite.lowVision.required", defaultValue = "false")
    boolean lowVisionRequired;

    /**
     * {@code template}: the low-vision mode's way back, persistence and screenshots are proved on the
     * first pages of each page template and carried to its other pages; {@code all}: on every page.
     */
    @Parameter(property = "govsite.lowVision.sampling", defaultValue = "template")
    String lowVisionSampling;

    /** Findings not to fail on, each {@code check=ID;url=REGEX;selector=CSS;reason=TEXT} (a check id alone works too). */
    @Parameter(property = "govsite.suppressions")
    List<String> suppressions;

    /** HTTP headers sent with every request, each {@code Name: value}. */
    @Parameter(property = "govsite.headers")
    List<String> headers;

    /** Cookies set for the site before the crawl, each {@code name=value}. */
    @Parameter(property = "govsite.cookies")
    List<String> cookies;

    /** The id of a {@code <server>} in settings.xml whose username and password open the site (basic auth, or the login form). */
    @Parameter(property = "govsite.serverId")
    String serverId;

    /** The page of a login form; with it the credentials of serverId are typed into the form instead of sent as basic auth. */
    @Parameter(property = "govsite.login.url")
    String loginUrl;

    /** CSS selector of the login form's user name field. */
    @Parameter(property = "govsite.login.usernameSelector")
    String loginUsernameSelector;

    /** CSS selector of the login form's password field. */
    @Parameter(property = "govsite.login.passwordSelector")
    String loginPasswordSelector;

    /** CSS selector of the login form's submit button. */
    @Parameter(property = "govsite.login.submitSelector")
    String loginSubmitSelector;

    /** CSS selector of an element that exists only once logged in. */
    @Parameter(property = "govsite.login.successSelector")
    String loginSuccessSelector;

    @Parameter(defaultValue = "${settings}", readonly = true)
    org.apache.maven.settings.Settings settings;

    /** CSS selector of the control that switches the low-vision version on; default: detected. */
    @Parameter(property = "govsite.lowVision.toggle")
    String lowVisionToggle;

    /** Smallest acceptable text size in the low-vision version, CSS px. */
    @Parameter(property = "govsite.lowVision.minFontPx", defaultValue = "16")
    int lowVisionMinFontPx;

    /** How many times the normal base text size the low-vision version must be able to reach. */
    @Parameter(property = "govsite.lowVision.minScale", defaultValue = "2.0")
    double lowVisionMinScale;

    /** Viewport width, CSS px, at which the enlarged low-vision version must not scroll sideways. */
    @Parameter(property = "govsite.lowVision.reflowWidth", defaultValue = "640")
    int lowVisionReflowWidth;

    /** axe rules run in the low-vision version. */
    @Parameter(property = "govsite.lowVision.contrastRules", defaultValue = "color-contrast,color-contrast-enhanced")
    List<String> lowVisionContrastRules;

    /** Saves a screenshot per page in the normal and the low-vision version. */
    @Parameter(property = "govsite.screenshots", defaultValue = "true")
    boolean screenshots;

    /** Languages in play, ISO 639-1 codes; the language detector is built from these only. */
    @Parameter(property = "govsite.languages", defaultValue = "kk,ru,en")
    List<String> languages;

    /** CSS selectors of chrome whose text is not judged for its language (menus, footers). */
    @Parameter(property = "govsite.ignoreSelectors")
    List<String> ignoreSelectors;

    /** How a page's twin in the other language is found: rules like {@code /ru/ <-> /kk/} or preset names. */
    @Parameter(property = "govsite.pairing")
    List<String> pairing;

    /** Reports Kazakh written in the 2021 Latin alphabet as kk-Latn instead of undetermined. */
    @Parameter(property = "govsite.kazakhLatin", defaultValue = "false")
    boolean kazakhLatin;

    /** At most this many documents (PDF, Word, Excel) linked from the pages are fetched and checked. */
    @Parameter(property = "govsite.maxDocuments", defaultValue = "200")
    String maxDocuments;

    /** A document larger than this (e.g. 20MB, 512KB) is reported as too large and not opened. */
    @Parameter(property = "govsite.documents.maxBytes", defaultValue = "20MB")
    String documentsMaxBytes;

    /** Pages of a PDF read at most; the rest of a longer file is left unread. */
    @Parameter(property = "govsite.documents.maxPages", defaultValue = "200")
    String documentsMaxPages;

    /** Seconds to open and read one document before it is reported as timed out. */
    @Parameter(property = "govsite.documents.timeout", defaultValue = "20")
    String documentsTimeout;

    /** Pictures in report.html: outlined failing elements, low-vision screenshots side by side; false for none. */
    @Parameter(property = "govsite.pictures", defaultValue = "true")
    String pictures;

    /** Elements outlined per rule in a run, and clean pages whose low-vision screenshots report.html shows. */
    @Parameter(property = "govsite.pictures.max", defaultValue = "3")
    String picturesMax;

    /** Skips the goal. */
    @Parameter(property = "govsite.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("govsite: skipped (govsite.skip=true)");
            return;
        }
        executeGoal();
    }

    /** The goal's own work, when it is not skipped. */
    abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

    /** Builds the engine's configuration; a bad value stops the build naming its parameter. */
    GovsiteConfig toConfig() throws MojoExecutionException {
        return toConfig(baseline);
    }

    /** Whether this goal reads robots.txt when the user does not say: only for sites that are not one's own. */
    boolean obeysRobotsByDefault() {
        return false;
    }

    /** The configuration, comparing with {@code baselineToCompare} when it is not null. */
    GovsiteConfig toConfig(File baselineToCompare) throws MojoExecutionException {
        return valid(() -> SharedSettings.of(this, baselineToCompare)
                .target(new RunTarget(list(urls), SharedSettings.blankToNull(sitemap), SharedSettings.path(siteDirectory)))
                .build());
    }

    /** Builds a configuration; a bad value becomes a build error that names its parameter. */
    static GovsiteConfig valid(Supplier<GovsiteConfig> build) throws MojoExecutionException {
        try {
            return build.get();
        } catch (InvalidConfigException e) {
            throw new MojoExecutionException("govsite: " + e.getMessage());
        }
    }

    /** Runs the engine; a broken tool (no browser, unreachable start URL) is a build error, not a failure. */
    Report runEngine(GovsiteConfig config) throws MojoExecutionException {
        try {
            return SiteCheck.run(config, new MavenProgress(getLog()));
        } catch (GovsiteException e) {
            throw new MojoExecutionException("govsite: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("govsite: could not write the reports: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("govsite: interrupted", e);
        }
    }

    /** A standalone run (no pom.xml) has no build directory of its own: use ./target like a project would. */
    File outputDirectory() {
        if (outputDirectory != null) return outputDirectory;
        if (project != null && project.getFile() != null) {
            return new File(project.getBuild().getDirectory(), "govsite");
        }
        return new File(new File(executionRoot(), "target"), "govsite");
    }

    /** The folder Maven was started in: where a run without a project keeps its files, and relative paths start. */
    File executionRoot() {
        String root = session != null && session.getExecutionRootDirectory() != null
                ? session.getExecutionRootDirectory() : System.getProperty("user.dir");
        return new File(root);
    }

    /** The {@code <server>} of settings.xml with this id; a missing one stops the build naming {@code parameter}. */
    Server server(String id, String parameter, String context) {
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null) {
            throw new InvalidConfigException(parameter, context + "settings.xml has no <server> with id '" + id + "'");
        }
        return server;
    }
}
