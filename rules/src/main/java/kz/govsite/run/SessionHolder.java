package kz.govsite.run;

import kz.govsite.browser.BrowserSession;
import kz.govsite.browser.SessionFactory;

/** A worker's browser session, started on first use and replaced when it dies. */
final class SessionHolder implements AutoCloseable {
    private final SessionFactory factory;
    private BrowserSession session;

    SessionHolder(SessionFactory factory) {
        this.factory = factory;
    }

    BrowserSession current() {
        if (session == null) session = factory.open();
        return session;
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
