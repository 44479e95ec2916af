package kz.govsite.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The engine's own version, from the properties file the build fills in. */
final class Version {
    private Version() {
    }

    static String current() {
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
