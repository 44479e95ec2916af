package kz.govsite.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import kz.govsite.RunTarget;

/**
 * One state body's site as the registry lists it.
 *
 * @param id              short stable name: the site's folder under {@code sites/} and its key in the history
 * @param nameKk          the body's name in Kazakh, or empty
 * @param nameRu          the body's name in Russian, or empty
 * @param urls            where the crawl starts
 * @param sitemap         a sitemap (URL or file, resolved against the registry's folder), or null
 * @param siteDirectory   a folder served and crawled instead of a live site (resolved), or null
 * @param maxPages        the site's own page budget, or empty for the base setting
 * @param pairing         URL mappings between languages for the parity check, or empty for the base setting
 * @param lowVisionToggle CSS selector of the low-vision toggle, or null to detect it
 * @param serverId        id of the credentials in Maven's settings.xml, or null for a public site
 */
public record SiteEntry(String id, String nameKk, String nameRu, List<String> urls, String sitemap,
                        Path siteDirectory, OptionalInt maxPages, List<String> pairing, String lowVisionToggle,
                        String serverId) {
    public SiteEntry {
        Objects.requireNonNull(id);
        nameKk = nameKk == null ? "" : nameKk;
        nameRu = nameRu == null ? "" : nameRu;
        urls = List.copyOf(urls);
        pairing = List.copyOf(pairing);
        Objects.requireNonNull(maxPages);
    }

    /** Where this site's run goes: its start URLs, sitemap and folder. */
    public RunTarget target() {
        return new RunTarget(urls, sitemap, siteDirectory);
    }

    /** The name to show in a report language: Kazakh or Russian as asked, the other one, or the id. */
    public String name(String language) {
        String first = "kk".equals(language) ? nameKk : nameRu;
        String second = "kk".equals(language) ? nameRu : nameKk;
        if (!first.isBlank()) return first;
        if (!second.isBlank()) return second;
        return id;
    }
}
