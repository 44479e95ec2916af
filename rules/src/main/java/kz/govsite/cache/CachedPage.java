package kz.govsite.cache;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageSnapshot;
import kz.govsite.page.PageResult;

/**
 * What a checked page produced, kept with the hashes that tell whether it may be reused.
 *
 * @param url        the URL visited (normalised)
 * @param htmlSha256 SHA-256 of the HTML the server sent
 * @param resources  SHA-256 of each stylesheet and script the rendered page linked, by URL
 * @param result     the page's entry in the report
 * @param snapshot   the rendered page, for site-wide checks
 * @param findings   every finding of the page's checks
 * @param next       in-scope links the crawl follows from it
 * @param documents  non-HTML resources it links to
 * @param messages   notes it added to the report
 */
public record CachedPage(String url, String htmlSha256, Map<String, String> resources, PageResult result,
                         PageSnapshot snapshot, List<Finding> findings, List<String> next, List<String> documents,
                         List<String> messages) {
    public CachedPage {
        Objects.requireNonNull(url);
        Objects.requireNonNull(htmlSha256);
        resources = Map.copyOf(resources);
        Objects.requireNonNull(result);
        Objects.requireNonNull(snapshot);
        findings = List.copyOf(findings);
        next = List.copyOf(next);
        documents = List.copyOf(documents);
        messages = List.copyOf(messages);
    }
}
