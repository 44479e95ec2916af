package kz.govsite.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import kz.govsite.InvalidConfigException;

/**
 * Reads a registry file (YAML, or JSON when the name ends in {@code .json}) and checks every entry,
 * so that a typo stops the audit before any site is crawled, naming the file, the entry and the key.
 */
public final class RegistryReader {
    static final String PARAMETER = "govsite.registry";
    static final Set<String> SITE_KEYS = Set.of("id", "name", "urls", "sitemap", "siteDirectory", "maxPages",
            "pairing", "lowVisionToggle", "serverId");
    // The id names a folder and a history key: nothing that could climb out of sites/ or clash on Windows.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Registry read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidConfigException(PARAMETER, "'" + file + "' is not a file");
        }
        JsonNode root;
        try {
            ObjectMapper mapper = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                    ? new ObjectMapper() : new YAMLMapper();
            root = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InvalidConfigException(PARAMETER, file + " cannot be read: " + e.getOriginalMessage()
                    + location(e));
        } catch (IOException e) {
            throw new InvalidConfigException(PARAMETER, file + " cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.has("sites")) {
            throw new InvalidConfigException(PARAMETER, file + " has no 'sites' list");
        }
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals("sites")) {
                throw new InvalidConfigException(PARAMETER, file + ": unknown key '" + key + "' (only 'sites')");
            }
        }
        JsonNode list = root.get("sites");
        if (!list.isArray() || list.isEmpty()) {
            throw new InvalidConfigException(PARAMETER, file + ": 'sites' must be a list of at least one site");
        }
        Path folder = file.toAbsolutePath().getParent();
        var sites = new ArrayList<SiteEntry>();
        var ids = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            SiteEntry site = new EntryReader(file, i + 1, list.get(i), folder).read();
            if (!ids.add(site.id().toLowerCase(Locale.ROOT))) {
                throw new InvalidConfigException(PARAMETER, file + ": site " + (i + 1) + " repeats the id '"
                        + site.id() + "'");
            }
            sites.add(site);
        }
        return new Registry(file, sites);
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }

    /** Reads one entry; every message starts with where the entry is. */
    private static final class EntryReader {
        private final Path file;
        private final int position;
        private final JsonNode node;
        private final Path folder;

        EntryReader(Path file, int position, JsonNode node, Path folder) {
            this.file = file;
            this.position = position;
            this.node = node;
            this.folder = folder;
        }

        SiteEntry read() {
            if (node == null || !node.isObject()) throw error("must be a map with at least 'id'");
            for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!SITE_KEYS.contains(key)) {
                    throw error("unknown key '" + key + "'; known keys are "
                            + String.join(", ", SITE_KEYS.stream().sorted().toList()));
                }
            }
            String id = text("id");
            if (id == null) throw error("has no 'id'");
            if (!ID.matcher(id).matches()) {
                throw error("id '" + id + "' must be letters, digits, '.', '_' or '-', starting with a letter or digit");
            }
            String[] names = names();
            List<String> urls = strings("urls");
            for (String url : urls) requireHttpUrl(url);
            String sitemap = text("sitemap");
            if (sitemap != null && !isHttp(sitemap)) sitemap = folder.resolve(sitemap).normalize().toString();
            Path siteDirectory = null;
            String dir = text("siteDirectory");
            if (dir != null) {
                siteDirectory = folder.resolve(dir).normalize();
                if (!Files.isDirectory(siteDirectory)) throw error("siteDirectory '" + dir + "' is not a folder");
            }
            if (urls.isEmpty() && sitemap == null && siteDirectory == null) {
                throw error("gives nothing to check: add 'urls', 'sitemap' or 'siteDirectory'");
            }
            return new SiteEntry(id, names[0], names[1], urls, sitemap, siteDirectory, maxPages(),
                    strings("pairing"), text("lowVisionToggle"), text("serverId"));
        }

        private String[] names() {
            JsonNode name = node.get("name");
            if (name == null || name.isNull()) return new String[] {"", ""};
            if (name.isTextual()) return new String[] {name.asText().strip(), name.asText().strip()};
            if (!name.isObject()) throw error("'name' must be text or a map with 'kk' and 'ru'");
            for (Iterator<String> keys = name.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!key.equals("kk") && !key.equals("ru")) throw error("'name' has '" + key + "'; use kk and ru");
            }
            return new String[] {textOf(name.get("kk"), "name.kk"), textOf(name.get("ru"), "name.ru")};
        }

        private OptionalInt maxPages() {
            JsonNode n = node.get("maxPages");
            if (n == null || n.isNull()) return OptionalInt.empty();
            if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1) {
                throw error("maxPages must be a whole number of at least 1, was " + n);
            }
            return OptionalInt.of(n.asInt());
        }

        private String text(String key) {
            String s = textOf(node.get(key), key);
            return s.isEmpty() ? null : s;
        }

        private String textOf(JsonNode n, String key) {
            if (n == null || n.isNull()) return "";
            if (!n.isValueNode()) throw error("'" + key + "' must be text");
            return n.asText().strip();
        }

        private List<String> strings(String key) {
            JsonNode n = node.get(key);
            var out = new ArrayList<String>();
            if (n == null || n.isNull()) return out;
            if (n.isValueNode()) {
                if (!n.asText().isBlank()) out.add(n.asText().strip());
                return out;
            }
            if (!n.isArray()) throw error("'" + key + "' must be text or a list of text");
            for (JsonNode item : n) {
                if (!item.isValueNode()) throw error("'" + key + "' must list text only");
                if (!item.asText().isBlank()) out.add(item.asText().strip());
            }
            return out;
        }

        private void requireHttpUrl(String url) {
            if (isHttp(url) && kz.govsite.crawl.UrlNormalizer.normalize(url).isPresent()) return;
            throw error("'" + url + "' is not an http(s) URL with a host");
        }

        private static boolean isHttp(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            return v.startsWith("http://") || v.startsWith("https://");
        }

        private InvalidConfigException error(String message) {
            String id = node != null && node.isObject() && node.hasNonNull("id") ? " ('" + node.get("id").asText() + "')" : "";
            return new InvalidConfigException(PARAMETER, file + ": site " + position + id + " " + message);
        }
    }
}
