package kz.govsite.run;

import kz.govsite.browser.BrowserSession;
import kz.govsite.browser.BrowserUnavailableException;
import kz.govsite.browser.SessionFactory;
import kz.govsite.internal.Pause;

/** A worker's browser session, started on first use and replaced when it dies. */
final class SessionHolder implements AutoCloseable {
    private final SessionFactory factory;
    private BrowserSession session;

    SessionHolder(SessionFactory factory) {
        this.factory = factory;
    }

    BrowserSession current() {
        if (session == null) session = open();
        return session;
    }

    /**
     * A browser that fails to start right after another one crashed (a machine short of memory, a
     * dying process group) usually starts a moment later: one failed start must not end the run.
     */
    private BrowserSession open() {
        try {
            return factory.open();
        } catch (BrowserUnavailableException first) {
            Pause.orThrow(1_000, interrupted -> first);
            return factory.open();
        }
    }

    /** Throws the dead session away and starts a new one. */
    BrowserSession restart() {
        close();
        return current();
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
