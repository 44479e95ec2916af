package kz.govsite.check.lowvision;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real bvi plugin (npm {@code bvi}, MIT), fetched from the npm registry into the build folder
 * at test time and never committed. Without npm the tests that need it are skipped, except under
 * CI=true, where that is a failure.
 */
final class BviPlugin {
    static final String VERSION = "1.0.2";
    private static final Path HOME = Path.of("target", "npm", "bvi-" + VERSION);

    private BviPlugin() {
    }

    /** A copy of the fixture site {@code site} with bvi's script and style added under {@code /bvi/}. */
    static Path siteWithPlugin(Path site, Path into) throws IOException {
        Path dist = dist();
        copyTree(site, into);
        Files.createDirectories(into.resolve("bvi"));
        Files.copy(dist.resolve("js/bvi.min.js"), into.resolve("bvi/bvi.min.js"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dist.resolve("css/bvi.min.css"), into.resolve("bvi/bvi.min.css"), StandardCopyOption.REPLACE_EXISTING);
        return into;
    }

    /** The package's {@code dist} folder, fetched once per build folder. */
    static synchronized Path dist() {
        Path dist = HOME.resolve("package/dist");
        if (Files.isRegularFile(dist.resolve("js/bvi.min.js"))) return dist;
        try {
            Files.createDirectories(HOME);
            run(List.of("npm", "pack", "bvi@" + VERSION, "--pack-destination", HOME.toAbsolutePath().toString(),
                    "--silent"), "npm pack bvi@" + VERSION);
            run(List.of("tar", "-xzf", HOME.resolve("bvi-" + VERSION + ".tgz").toAbsolutePath().toString(),
                    "-C", HOME.toAbsolutePath().toString()), "unpacking bvi-" + VERSION + ".tgz");
        } catch (IOException e) {
            unavailable(e.getMessage());
        }
        if (!Files.isRegularFile(dist.resolve("js/bvi.min.js"))) unavailable("the bvi package has no dist/js/bvi.min.js");
        return dist;
    }

    private static void run(List<String> command, String what) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            unavailable(command.get(0) + " is not available: " + e.getMessage());
            return;
        }
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                unavailable(what + " took longer than 120 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) unavailable(what + " failed: " + output.strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during " + what, e);
        }
    }

    private static void unavailable(String why) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) fail("CI=true but the bvi plugin cannot be fetched: " + why);
        assumeTrue(false, "skipped, the bvi plugin cannot be fetched from npm: " + why);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) Files.createDirectories(target);
                    else Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
