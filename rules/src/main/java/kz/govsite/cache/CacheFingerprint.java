package kz.govsite.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import kz.govsite.GovsiteConfig;

/**
 * Everything besides the page itself that decides a page's findings, as one hash: the engine's
 * version, the axe-core script, the checks and their options. A change to any of them makes every
 * cached page stale.
 */
public final class CacheFingerprint {
    private CacheFingerprint() {
    }

    /** @param engineVersion the engine's version and build, so a rebuilt engine does not reuse old results */
    public static String of(GovsiteConfig config, String engineVersion) {
        var parts = new TreeMap<String, Object>();
        parts.put("engine", engineVersion);
        parts.put("axeScript", axeScriptSha256());
        parts.put("checks", config.checks().stream().sorted().toList());
        // Every family's options: a page checked with other rules, languages or low-vision bounds is stale.
        parts.put("options", new TreeMap<>(config.options()));
        // Window size and extra switches change what is rendered; scope changes which links count as the site's.
        parts.put("window", config.browser().windowWidth() + "x" + config.browser().windowHeight());
        parts.put("chromeArgs", config.browser().extraArgs());
        parts.put("scope", config.crawl().scopeHosts().stream().sorted().toList());
        parts.put("includes", config.crawl().includes().stream().map(Object::toString).toList());
        parts.put("excludes", config.crawl().excludes().stream().map(Object::toString).toList());
        return Hashes.sha256(parts.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String axeScriptSha256() {
        try (InputStream in = CacheFingerprint.class.getResourceAsStream("/axe.min.js")) {
            return in == null ? "none" : Hashes.sha256(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
