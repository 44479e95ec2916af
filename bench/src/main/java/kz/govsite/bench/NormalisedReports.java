package kz.govsite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies report files with only what legitimately differs between two runs of the same code taken
 * out: clock times, durations, ports, the folders of the run, and the order in which parallel work
 * logged its progress. Whatever is left must be equal, byte for byte, before and after a change
 * that keeps behaviour ({@code diff -r}).
 */
final class NormalisedReports {
    /** JSON fields that hold durations. */
    private static final Set<String> DURATIONS = Set.of("durationMs", "loadMs", "checkMs", "picturesMs", "ms", "timings");
    private static final Pattern TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?( UTC|Z)?|\\d{8}T\\d{6}\\.\\d{3}Z");
    private static final Pattern PORT = Pattern.compile("127\\.0\\.0\\.1:\\d+");
    private static final Pattern JUNIT_TIME = Pattern.compile("time=\"[0-9.]+\"");
    /** A page done: {@code [3/17] /ru/ ...}; the numbers depend on which worker finished first. */
    private static final Pattern PAGE_DONE = Pattern.compile("\\[\\d+/\\d+\\] ");
    /** The site id the audit puts before every line of a site's run. */
    private static final Pattern SITE_PREFIX = Pattern.compile("^\\[(INFO|WARNING)\\] (\\[[A-Za-z0-9._-]+\\]) ");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private NormalisedReports() {
    }

    /** Writes the normalised copy of every report under {@code raw} to {@code out}; {@code folders} become {@code <folderN>}. */
    static void write(Path raw, Path out, List<String> folders) throws IOException {
        var sorted = new ArrayList<>(folders);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(raw)) {
            files = walk.filter(Files::isRegularFile).filter(NormalisedReports::isReport).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String folder : sorted) text = text.replace(folder, "<folder" + folders.indexOf(folder) + ">");
            String name = file.getFileName().toString();
            if (name.endsWith(".json") || name.endsWith(".sarif")) text = json(text);
            if (name.endsWith(".log")) text = log(text);
            text = TIME.matcher(text).replaceAll("<time>");
            text = PORT.matcher(text).replaceAll("127.0.0.1:<port>");
            text = JUNIT_TIME.matcher(text).replaceAll("time=\"~\"");
            Path target = out.resolve(raw.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
    }

    /** Reports only: screenshots and the cache are not reports, and temporary files are not finished ones. */
    private static boolean isReport(Path file) {
        String name = file.getFileName().toString();
        for (Path part : file) {
            if (part.toString().equals("pages") || part.toString().equals("cache")) return false;
        }
        return !name.endsWith(".png") && !name.endsWith(".tmp");
    }

    private static String json(String text) throws IOException {
        JsonNode root = JSON.readTree(text);
        blankDurations(root);
        return JSON.writeValueAsString(root) + "\n";
    }

    private static void blankDurations(JsonNode node) {
        if (node instanceof ObjectNode object) {
            var names = new ArrayList<String>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (DURATIONS.contains(name)) object.set(name, TextNode.valueOf("~"));
                else blankDurations(object.get(name));
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(NormalisedReports::blankDurations);
        }
    }

    /**
     * Parallel sites and workers log in any order: each site's lines are kept together (sites by
     * id), and the lines of pages done are sorted, without their counters.
     */
    private static String log(String text) {
        var bySite = new LinkedHashMap<String, List<String>>();
        for (String line : text.split("\n", -1)) {
            var prefix = SITE_PREFIX.matcher(line);
            String site = prefix.find() ? prefix.group(2) : "";
            bySite.computeIfAbsent(site, k -> new ArrayList<>()).add(PAGE_DONE.matcher(line).replaceFirst("[#] "));
        }
        var out = new ArrayList<String>();
        bySite.keySet().stream().sorted().forEach(site -> out.addAll(sortPagesDone(bySite.get(site))));
        return String.join("\n", out);
    }

    /** The page lines sorted among themselves, in the places page lines held. */
    private static List<String> sortPagesDone(List<String> lines) {
        var pages = lines.stream().filter(l -> l.contains("[#] ")).sorted().iterator();
        var out = new ArrayList<String>();
        for (String line : lines) out.add(line.contains("[#] ") ? pages.next() : line);
        return out;
    }
}
