package kz.govsite.maven;

import kz.govsite.Progress;
import org.apache.maven.plugin.logging.Log;

/** The engine's progress, written to Maven's build log. */
final class MavenProgress implements Progress {
    private final Log log;

    MavenProgress(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }
}
