package kz.govsite.audit;

import kz.govsite.Progress;

/** Tags every line of one site's run with the site's id, so that parallel sites stay readable in one log. */
final class PrefixedProgress implements Progress {
    private final String prefix;
    private final Progress out;

    PrefixedProgress(String id, Progress out) {
        this.prefix = "[" + id + "] ";
        this.out = out;
    }

    @Override
    public void info(String message) {
        out.info(prefix + message);
    }

    @Override
    public void warn(String message) {
        out.warn(prefix + message);
    }
}
