package kz.govsite.check.documents;

import java.util.Map;
import kz.govsite.crawl.Download;

/** Where the documents check gets files from: the run's own HTTP client, inside the crawl's scope. */
public interface DocumentSource {
    /** No way to fetch anything: the check records the links and opens nothing. */
    DocumentSource NONE = new DocumentSource() {
        @Override
        public boolean inScope(String url) {
            return false;
        }

        @Override
        public Download download(String url, long maxBytes, Map<String, String> conditional) {
            return Download.failed("no documents are fetched in this run");
        }
    };

    /** Whether the URL belongs to the site being checked (hosts, includes and excludes). */
    boolean inScope(String url);

    /** Fetches a file of at most {@code maxBytes}, with conditional request headers; never throws. */
    Download download(String url, long maxBytes, Map<String, String> conditional);
}
