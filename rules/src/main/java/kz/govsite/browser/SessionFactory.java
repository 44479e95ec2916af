package kz.govsite.browser;

import java.util.Map;
import kz.govsite.BrowserOptions;

/** Starts browser sessions: locally through ChromeDriver, or from a Selenium Grid. */
public interface SessionFactory {
    /** A new session; throws {@link BrowserUnavailableException} when none can be had. */
    BrowserSession open();

    /** What kind of sessions these are, for the log: the executables or the Grid's address. */
    String describe();

    /**
     * This factory with {@code prepare} applied to each new session before it is handed out; a
     * session that fails to be prepared is closed.
     */
    default SessionFactory preparing(java.util.function.Consumer<BrowserSession> prepare) {
        SessionFactory inner = this;
        return new SessionFactory() {
            @Override
            public BrowserSession open() {
                BrowserSession session = inner.open();
                try {
                    prepare.accept(session);
                    return session;
                } catch (RuntimeException e) {
                    session.close();
                    throw e;
                }
            }

            @Override
            public String describe() {
                return inner.describe();
            }

            @Override
            public int defaultSessions() {
                return inner.defaultSessions();
            }
        };
    }

    /** How many sessions to run at once when the configuration leaves it open: see {@link LocalConcurrency}. */
    default int defaultSessions() {
        return LocalConcurrency.forThisMachine();
    }

    /**
     * Fails before any work when these options can give no session at all: no Chromium or driver,
     * versions that do not match, a Grid that does not answer. The error names the parameter to fix.
     */
    static void check(BrowserOptions options) {
        if (options.gridUrl() != null && !options.gridUrl().isBlank()) {
            GridSessionFactory.requireGrid(options.gridUrl());
        } else {
            new BrowserLocator().locate(options.chromeBinary(), options.chromedriver());
        }
    }

    /** The factory the options ask for: a Grid when {@code gridUrl} is set, else local Chromium. */
    static SessionFactory forOptions(BrowserOptions options, Map<String, String> hostMap) {
        if (options.gridUrl() != null && !options.gridUrl().isBlank()) {
            return new GridSessionFactory(options, hostMap);
        }
        return new LocalChromeSessionFactory(options, hostMap);
    }

    /** The sessions a run uses: the configured number, or the factory's default for automatic. */
    static int sessionsFor(BrowserOptions options, SessionFactory factory) {
        return options.concurrency() == BrowserOptions.AUTO_CONCURRENCY ? factory.defaultSessions() : options.concurrency();
    }
}
