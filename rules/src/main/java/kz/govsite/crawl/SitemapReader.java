package kz.govsite.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import kz.govsite.InvalidConfigException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the page URLs of a sitemap (sitemaps.org 0.9), following sitemap index files, from a URL
 * or a file. External entities are refused: a sitemap is untrusted input.
 */
public final class SitemapReader {
    /** Index files may nest; a cycle or a runaway index must not loop forever. */
    private static final int MAX_SITEMAPS = 200;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20)).build();

    /** Every page URL the sitemap lists, in order, without duplicates. */
    public List<String> read(String location) {
        Set<String> pages = new LinkedHashSet<>();
        Set<String> visited = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of(location));
        while (!queue.isEmpty() && visited.size() < MAX_SITEMAPS) {
            String next = queue.remove(0);
            if (!visited.add(next)) continue;
            Document doc = parse(load(next), next);
            Element root = doc.getDocumentElement();
            if (root.getLocalName() != null && root.getLocalName().equals("sitemapindex")) {
                locs(root, "sitemap").forEach(queue::add);
            } else {
                pages.addAll(locs(root, "url"));
            }
        }
        return List.copyOf(pages);
    }

    private static List<String> locs(Element root, String entry) {
        var out = new ArrayList<String>();
        NodeList entries = root.getElementsByTagNameNS("*", entry);
        for (int i = 0; i < entries.getLength(); i++) {
            NodeList locs = ((Element) entries.item(i)).getElementsByTagNameNS("*", "loc");
            if (locs.getLength() > 0) {
                String loc = locs.item(0).getTextContent().strip();
                if (!loc.isEmpty()) out.add(loc);
            }
        }
        return out;
    }

    private byte[] load(String location) {
        try {
            byte[] bytes;
            if (location.startsWith("http://") || location.startsWith("https://")) {
                HttpResponse<byte[]> response = client.send(
                        HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new InvalidConfigException("govsite.sitemap",
                            location + " answered HTTP " + response.statusCode() + ", not a sitemap");
                }
                bytes = response.body();
            } else {
                Path file = Path.of(location.startsWith("file:") ? URI.create(location).getPath() : location);
                if (!Files.isReadable(file)) {
                    throw new InvalidConfigException("govsite.sitemap", "cannot read the file '" + file + "'");
                }
                bytes = Files.readAllBytes(file);
            }
            return isGzip(bytes) ? new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes() : bytes;
        } catch (IOException e) {
            throw new InvalidConfigException("govsite.sitemap", "cannot load " + location + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidConfigException("govsite.sitemap", "interrupted while loading " + location);
        }
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    static Document parse(byte[] xml, String location) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            try (InputStream in = new ByteArrayInputStream(xml)) {
                return factory.newDocumentBuilder().parse(in);
            }
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new InvalidConfigException("govsite.sitemap", location + " is not a readable sitemap: " + e.getMessage());
        }
    }
}
