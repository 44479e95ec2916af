package kz.govsite.browser;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openqa.selenium.WebDriverException;

/**
 * Gives each browser command a deadline. ChromeDriver's own timeouts do not fire while a page's
 * script keeps the renderer busy, so a command that outlives its limit ends the browser (the
 * session's kill) and fails with {@link BrowserUnresponsiveException}; the session counts as hung
 * from then on.
 */
final class CommandGuard {
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final Runnable kill;
    private volatile boolean hung;

    /** @param kill ends the browser at once, from the watchdog's thread */
    CommandGuard(Runnable kill) {
        this.kill = kill;
    }

    /** Whether a command outlived its limit and the browser was ended for it. */
    boolean hung() {
        return hung;
    }

    /** Runs a command; when it outlives {@code limit}, the browser is ended and the command fails. */
    <T> T run(Duration limit, Supplier<T> command) {
        ScheduledFuture<?> alarm = WATCHDOG.schedule(this::hang, limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return command.get();
        } catch (WebDriverException e) {
            if (hung && !(e instanceof BrowserUnresponsiveException)) {
                throw new BrowserUnresponsiveException("the browser did not answer within " + limit.toSeconds()
                        + " s and was stopped", e);
            }
            throw e;
        } finally {
            alarm.cancel(false);
        }
    }

    private void hang() {
        hung = true;
        kill.run();
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        var executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "govsite-browser-watchdog");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
