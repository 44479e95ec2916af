package kz.govsite.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.govsite.browser.BrowserSession;
import kz.govsite.check.LivePage;
import kz.govsite.page.PageSnapshot;

/** The {@link LivePage} a worker hands to live checks. */
final class OpenPage implements LivePage {
    private final String url;
    private final PageSnapshot snapshot;
    private final BrowserSession session;
    private final List<String> inScopeLinks;
    private final Path artifactDirectory;
    private final Map<String, Object> data = new TreeMap<>();

    OpenPage(String url, PageSnapshot snapshot, BrowserSession session, List<String> inScopeLinks,
             Path artifactDirectory) {
        this.url = url;
        this.snapshot = snapshot;
        this.session = session;
        this.inScopeLinks = List.copyOf(inScopeLinks);
        this.artifactDirectory = artifactDirectory;
    }

    @Override public String url() { return url; }

    @Override public PageSnapshot snapshot() { return snapshot; }

    @Override public BrowserSession session() { return session; }

    @Override public List<String> inScopeLinks() { return inScopeLinks; }

    @Override public void record(String key, Object value) { data.put(key, value); }

    @Override
    public Path artifactDirectory() {
        try {
            return Files.createDirectories(artifactDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> data() {
        return data;
    }
}
