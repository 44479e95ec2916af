package kz.govsite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.govsite.BrowserOptions;

/**
 * The findings of the low-vision check with every page checked in full ({@code sampling=all}) next to
 * those with the mode's way back and persistence proved per template ({@code sampling=template}):
 * by check id and fingerprint, which leave the message (it names the sample page) out.
 */
final class SamplingComparison {
    private static final List<String> FIXTURES = List.of("lowvision-custom", "lowvision-icon", "lowvision-bvi");
    private static final Path FIXTURE_HOME = Path.of("rules", "src", "test", "resources", "sites");
    /** Where the bvi browser tests leave the npm package; the bvi fixture needs its script. */
    private static final Path BVI = Path.of("rules", "target", "npm", "bvi-1.0.2", "package", "dist");

    private SamplingComparison() {
    }

    /** Prints one line: findings of each way, and what one has that the other has not. */
    static boolean print(String name, Measurement all, Measurement template) {
        var old = new TreeSet<>(all.keys());
        var now = new TreeSet<>(template.keys());
        var lost = new TreeSet<>(old);
        lost.removeAll(now);
        var added = new TreeSet<>(now);
        added.removeAll(old);
        System.out.printf("%-34s all: %4d findings (%6.0f ms/page low-vision)   template: %4d (%6.0f)   lost %d, new %d%s%n",
                name, all.keys().size(), all.phasePerPage("lowvision"), template.keys().size(),
                template.phasePerPage("lowvision"), lost.size(), added.size(), lost.isEmpty() && added.isEmpty()
                        ? "   same" : "   DIFFERENT");
        lost.forEach(k -> System.out.println("    only with sampling=all:      " + k));
        added.forEach(k -> System.out.println("    only with sampling=template: " + k));
        return lost.isEmpty();
    }

    /** The low-vision fixture sites of the engine's tests, each checked both ways with the low-vision check alone. */
    static boolean fixtures(Path work) throws Exception {
        boolean same = true;
        for (String fixture : FIXTURES) {
            Path site = FIXTURE_HOME.resolve(fixture);
            if (!Files.isDirectory(site)) continue;
            if (fixture.equals("lowvision-bvi")) {
                if (!Files.isDirectory(BVI)) {
                    System.out.println(fixture + ": skipped, bvi not fetched (run the rules module's tests once)");
                    continue;
                }
                site = withBvi(site, work.resolve(fixture));
            }
            var runs = new ArrayList<Measurement>();
            for (String sampling : List.of("all", "template")) {
                runs.add(GovsiteRun.run(site, Integer.MAX_VALUE, Set.of("lowvision"), BrowserOptions.AUTO_CONCURRENCY,
                        work.resolve("out-" + fixture + "-" + sampling), sampling));
            }
            same &= print(fixture, runs.get(0), runs.get(1));
        }
        return same;
    }

    private static Path withBvi(Path site, Path into) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.toList()) {
                Path target = into.resolve(site.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.createDirectories(into.resolve("bvi"));
        Files.copy(BVI.resolve("js/bvi.min.js"), into.resolve("bvi/bvi.min.js"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(BVI.resolve("css/bvi.min.css"), into.resolve("bvi/bvi.min.css"), StandardCopyOption.REPLACE_EXISTING);
        return into;
    }
}
