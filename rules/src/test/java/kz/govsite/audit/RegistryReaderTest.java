package kz.govsite.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import kz.govsite.InvalidConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private String error(String name, String text) throws Exception {
        Path file = write(name, text);
        var e = assertThrows(InvalidConfigException.class, () -> new RegistryReader().read(file));
        assertEquals("govsite.registry", e.parameter());
        return e.getMessage().replace(file.toString(), "FILE");
    }

    @Test
    void acceptsSitesUnderTheKazakhDomainZone() throws Exception {
        Path file = write("idn.yaml", """
                sites:
                  - id: akorda
                    name: Ақорда
                    urls: http://президент.қаз/kk/
                """);
        assertEquals(List.of("http://президент.қаз/kk/"), new RegistryReader().read(file).sites().get(0).urls());
    }

    @Test
    void readsEveryKeyOfAYamlRegistryAndResolvesPathsAgainstItsFolder() throws Exception {
        Files.createDirectories(dir.resolve("sites/edu"));
        Path file = write("agencies.yaml", """
                sites:
                  - id: edu
                    name: { kk: "Білім министрлігі", ru: "Министерство образования" }
                    siteDirectory: sites/edu
                    maxPages: 5
                    lowVisionToggle: ".bvi-open"
                    pairing: ["/ru/ <-> /kk/"]
                  - id: health
                    name: Минздрав
                    urls: https://www.gov.kz/memleket/entities/dsm?lang=ru
                    sitemap: maps/sitemap.xml
                    serverId: health-basic
                """);
        Registry registry = new RegistryReader().read(file);
        assertEquals(2, registry.sites().size());
        SiteEntry edu = registry.sites().get(0);
        assertEquals("edu", edu.id());
        assertEquals("Білім министрлігі", edu.name("kk"));
        assertEquals("Министерство образования", edu.name("ru"));
        assertEquals("Министерство образования", edu.name("en"));
        assertEquals(dir.resolve("sites/edu").toAbsolutePath(), edu.siteDirectory());
        assertEquals(OptionalInt.of(5), edu.maxPages());
        assertEquals(".bvi-open", edu.lowVisionToggle());
        assertEquals(List.of("/ru/ <-> /kk/"), edu.pairing());
        SiteEntry health = registry.sites().get(1);
        assertEquals("Минздрав", health.name("kk"));
        assertEquals(List.of("https://www.gov.kz/memleket/entities/dsm?lang=ru"), health.urls());
        assertEquals(dir.resolve("maps/sitemap.xml").toAbsolutePath().toString(), health.sitemap());
        assertEquals("health-basic", health.serverId());
        assertNull(health.siteDirectory());
        assertEquals(OptionalInt.empty(), health.maxPages());
    }

    @Test
    void readsJsonByItsExtension() throws Exception {
        Path file = write("agencies.json", """
                {"sites": [{"id": "a", "urls": ["https://a.gov.kz/", "https://a.gov.kz/kk/"],
                            "sitemap": "https://a.gov.kz/sitemap.xml"}]}
                """);
        SiteEntry a = new RegistryReader().read(file).sites().get(0);
        assertEquals(List.of("https://a.gov.kz/", "https://a.gov.kz/kk/"), a.urls());
        assertEquals("https://a.gov.kz/sitemap.xml", a.sitemap());
        assertEquals("a", a.name("ru"), "without a name the id stands in");
    }

    @Test
    void namesTheEntryAndTheKeyOfEveryMistake() throws Exception {
        assertEquals("govsite.registry: FILE: site 2 ('b') unknown key 'url'; known keys are id, lowVisionToggle, "
                        + "maxPages, name, pairing, serverId, siteDirectory, sitemap, urls",
                error("a.yaml", "sites:\n  - {id: a, urls: 'https://a.kz/'}\n  - {id: b, url: 'https://b.kz/'}\n"));
        assertEquals("govsite.registry: FILE: site 1 has no 'id'", error("b.yaml", "sites:\n  - urls: https://a.kz/\n"));
        assertEquals("govsite.registry: FILE: site 1 ('../up') id '../up' must be letters, digits, '.', '_' or '-', "
                        + "starting with a letter or digit",
                error("c.yaml", "sites:\n  - {id: ../up, urls: 'https://a.kz/'}\n"));
        assertEquals("govsite.registry: FILE: site 2 repeats the id 'A'",
                error("d.yaml", "sites:\n  - {id: a, urls: 'https://a.kz/'}\n  - {id: A, urls: 'https://b.kz/'}\n"));
        assertEquals("govsite.registry: FILE: site 1 ('a') gives nothing to check: add 'urls', 'sitemap' or "
                + "'siteDirectory'", error("e.yaml", "sites:\n  - id: a\n"));
        assertEquals("govsite.registry: FILE: site 1 ('a') 'ftp://a.kz/' is not an http(s) URL with a host",
                error("f.yaml", "sites:\n  - {id: a, urls: 'ftp://a.kz/'}\n"));
        assertEquals("govsite.registry: FILE: site 1 ('a') siteDirectory 'nowhere' is not a folder",
                error("g.yaml", "sites:\n  - {id: a, siteDirectory: nowhere}\n"));
        assertEquals("govsite.registry: FILE: site 1 ('a') maxPages must be a whole number of at least 1, was 0",
                error("h.yaml", "sites:\n  - {id: a, urls: 'https://a.kz/', maxPages: 0}\n"));
        assertEquals("govsite.registry: FILE: site 1 ('a') 'name' has 'en'; use kk and ru",
                error("i.yaml", "sites:\n  - {id: a, urls: 'https://a.kz/', name: {en: A}}\n"));
        assertEquals("govsite.registry: FILE has no 'sites' list", error("j.yaml", "agencies: []\n"));
        assertEquals("govsite.registry: FILE: 'sites' must be a list of at least one site", error("k.yaml", "sites: []\n"));
        assertEquals("govsite.registry: FILE: unknown key 'title' (only 'sites')",
                error("l.yaml", "title: x\nsites:\n  - {id: a, urls: 'https://a.kz/'}\n"));
    }

    @Test
    void aFileThatIsNotYamlSaysWhereItBreaks() throws Exception {
        String message = error("m.yaml", "sites:\n  - id: a\n   urls: [\n");
        assertEquals(true, message.startsWith("govsite.registry: FILE cannot be read: "), message);
        assertEquals(true, message.matches("(?s).*\\(line \\d+\\)$"), message);
    }

    @Test
    void aMissingFileIsNamed() {
        var e = assertThrows(InvalidConfigException.class, () -> new RegistryReader().read(dir.resolve("none.yaml")));
        assertEquals("govsite.registry: '" + dir.resolve("none.yaml") + "' is not a file", e.getMessage());
    }
}
