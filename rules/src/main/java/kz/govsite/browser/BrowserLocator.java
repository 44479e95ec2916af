package kz.govsite.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.govsite.InvalidConfigException;

/**
 * Finds the Chromium and ChromeDriver executables: configuration first, then the CHROME_BIN and
 * CHROMEDRIVER environment variables, then PATH. Never downloads anything.
 */
public final class BrowserLocator {
    static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    static final List<String> DRIVER_NAMES = List.of("chromedriver");
    private static final Pattern MAJOR_VERSION = Pattern.compile("(\\d+)\\.\\d+\\.\\d+");

    private final Map<String, String> env;

    public BrowserLocator() {
        this(System.getenv());
    }

    BrowserLocator(Map<String, String> env) {
        this.env = env;
    }

    /**
     * The executables to use. Anything wrong here is the user's to fix before any work, so it is an
     * {@link InvalidConfigException} naming the parameter and what to install or set.
     */
    public LocatedBrowser locate(Path configuredBrowser, Path configuredDriver) {
        Path browser = find(configuredBrowser, "govsite.chromeBinary", "CHROME_BIN", BROWSER_NAMES)
                .orElseThrow(() -> new InvalidConfigException("govsite.chromeBinary",
                        "no Chromium found: install it (Debian: apt-get install chromium chromium-driver), "
                                + "or set govsite.chromeBinary or CHROME_BIN to the executable"));
        Path driver = find(configuredDriver, "govsite.chromedriver", "CHROMEDRIVER", DRIVER_NAMES)
                .orElseThrow(() -> new InvalidConfigException("govsite.chromedriver",
                        "no ChromeDriver found: install it (Debian: apt-get install chromium-driver), "
                                + "or set govsite.chromedriver or CHROMEDRIVER to the executable"));
        var located = new LocatedBrowser(browser, driver);
        checkVersionsMatch(located);
        return located;
    }

    private Optional<Path> find(Path configured, String parameter, String envVar, List<String> names) {
        if (configured != null) {
            if (!Files.isExecutable(configured) || Files.isDirectory(configured)) {
                throw new InvalidConfigException(parameter, "'" + configured + "' is not an executable file: "
                        + "give the path of the executable, or leave " + parameter + " out to look in "
                        + envVar + " and PATH");
            }
            return Optional.of(configured);
        }
        String fromEnv = env.get(envVar);
        if (fromEnv != null && !fromEnv.isBlank()) {
            Path p = Path.of(fromEnv);
            if (!Files.isExecutable(p) || Files.isDirectory(p)) {
                throw new InvalidConfigException(parameter, envVar + "='" + fromEnv + "' is not an executable file: "
                        + "correct " + envVar + " or set " + parameter);
            }
            return Optional.of(p);
        }
        return onPath(names);
    }

    private Optional<Path> onPath(List<String> names) {
        String path = env.getOrDefault("PATH", "");
        for (String name : names) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (dir.isEmpty()) continue;
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** A ChromeDriver of another major version than the browser fails on every page; say so at once. */
    private static void checkVersionsMatch(LocatedBrowser located) {
        Optional<Integer> browserMajor = majorVersion(located.browser());
        Optional<Integer> driverMajor = majorVersion(located.driver());
        if (browserMajor.isPresent() && driverMajor.isPresent() && !browserMajor.equals(driverMajor)) {
            throw new InvalidConfigException("govsite.chromedriver", "Chromium " + browserMajor.get() + " ("
                    + located.browser() + ") and ChromeDriver " + driverMajor.get() + " (" + located.driver()
                    + ") do not match: install the driver of the browser's version (Debian: apt-get install "
                    + "chromium-driver) or point govsite.chromedriver at it");
        }
    }

    static Optional<Integer> majorVersion(Path executable) {
        try {
            Process p = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes());
            return parseMajor(out);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static Optional<Integer> parseMajor(String versionOutput) {
        Matcher m = MAJOR_VERSION.matcher(versionOutput);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The pair of executables a local session is started with. */
    public record LocatedBrowser(Path browser, Path driver) {
    }
}
