package kz.govsite.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The engine's own version, from the properties file the build fills in: the one place that reads it. */
public final class Version {
    private Version() {
    }

    /**
     * The version, and for a snapshot also when it was built: two builds of one snapshot may check
     * differently, so the cache must not take one's results for the other's.
     */
    public static String build() {
        String version = current();
        if (!version.endsWith("-SNAPSHOT")) return version;
        try {
            var resource = Version.class.getResource("/kz/govsite/govsite.properties");
            return resource == null ? version : version + "@" + resource.openConnection().getLastModified();
        } catch (IOException e) {
            return version;
        }
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/kz/govsite/govsite.properties")) {
            if (in == null) return "unknown";
            var p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
