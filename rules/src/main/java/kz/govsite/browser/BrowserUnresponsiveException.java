package kz.govsite.browser;

import org.openqa.selenium.TimeoutException;

/** The browser stopped answering (a page's script keeps it busy, the driver hangs) and was ended. */
public final class BrowserUnresponsiveException extends TimeoutException {
    public BrowserUnresponsiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
