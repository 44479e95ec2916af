package kz.govsite.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Locates fixture folders on the test classpath. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path site(String name) {
        try {
            var url = Fixtures.class.getResource("/sites/" + name);
            if (url == null) throw new IllegalArgumentException("no fixture site " + name);
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
