package kz.govsite;

/** Something outside the site under test went wrong: bad configuration, no browser, no way to start. */
public class GovsiteException extends RuntimeException {
    public GovsiteException(String message) {
        super(message);
    }

    public GovsiteException(String message, Throwable cause) {
        super(message, cause);
    }
}
