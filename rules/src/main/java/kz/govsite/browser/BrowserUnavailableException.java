package kz.govsite.browser;

import kz.govsite.GovsiteException;

/** No browser could be started: not installed, not found, or the Grid does not answer. */
public final class BrowserUnavailableException extends GovsiteException {
    public BrowserUnavailableException(String message) {
        super(message);
    }

    public BrowserUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
