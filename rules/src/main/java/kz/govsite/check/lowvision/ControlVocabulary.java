package kz.govsite.check.lowvision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The selectors and phrases that recognise a low-vision mode's controls, read from the data file
 * {@code controls.txt} next to this class so that new plugins and wordings need no code.
 */
public record ControlVocabulary(List<String> openSelectors, PhraseList openPhrases, List<String> closeSelectors,
                                PhraseList closePhrases, List<String> sizeUpSelectors, PhraseList sizeUpPhrases,
                                List<ColourScheme> schemes, List<String> modeMarkers, List<String> panelSelectors,
                                List<String> hiddenOnPurposeSelectors, List<OpenHint> openHints) {
    static final String RESOURCE = "controls.txt";
    private static final List<String> SECTIONS = List.of("open-selectors", "open-phrases", "close-selectors",
            "close-phrases", "size-up-selectors", "size-up-phrases", "schemes", "mode-markers", "panel-selectors",
            "hidden-on-purpose-selectors", "open-hints");

    public ControlVocabulary {
        openSelectors = List.copyOf(openSelectors);
        closeSelectors = List.copyOf(closeSelectors);
        sizeUpSelectors = List.copyOf(sizeUpSelectors);
        schemes = List.copyOf(schemes);
        modeMarkers = List.copyOf(modeMarkers);
        panelSelectors = List.copyOf(panelSelectors);
        hiddenOnPurposeSelectors = List.copyOf(hiddenOnPurposeSelectors);
        openHints = List.copyOf(openHints);
    }

    /** The vocabulary shipped with govsite. */
    public static ControlVocabulary standard() {
        try (InputStream in = ControlVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            return parse(Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the data file's format: {@code [section]} headers, one entry a line, comments after {@code "# "}. */
    public static ControlVocabulary parse(List<String> lines) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        SECTIONS.forEach(s -> sections.put(s, new ArrayList<>()));
        String current = null;
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            // "# " starts a comment; "#bvi-panel-close" is an id selector.
            if (line.isEmpty() || line.equals("#") || line.startsWith("# ")) continue;
            // A header is a bare lower-case name in brackets; [data-bvi="close"] is a selector.
            if (line.matches("\\[[a-z][a-z-]*]")) {
                current = line.substring(1, line.length() - 1);
                if (!sections.containsKey(current)) {
                    throw new IllegalArgumentException("line " + number + ": unknown section [" + current
                            + "]; known: " + String.join(", ", SECTIONS));
                }
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("line " + number + ": '" + line + "' comes before any [section]");
            }
            sections.get(current).add(line);
        }
        return new ControlVocabulary(sections.get("open-selectors"), PhraseList.of(sections.get("open-phrases")),
                sections.get("close-selectors"), PhraseList.of(sections.get("close-phrases")),
                sections.get("size-up-selectors"), PhraseList.of(sections.get("size-up-phrases")),
                schemes(sections.get("schemes")), sections.get("mode-markers"), sections.get("panel-selectors"),
                sections.get("hidden-on-purpose-selectors"), OpenHint.parse(sections.get("open-hints")));
    }

    private static List<ColourScheme> schemes(List<String> lines) {
        var out = new ArrayList<ColourScheme>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq < 1) throw new IllegalArgumentException("a scheme reads 'name = selector, selector': " + line);
            var selectors = Arrays.stream(line.substring(eq + 1).split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            out.add(new ColourScheme(line.substring(0, eq).strip(), selectors));
        }
        return out;
    }
}
