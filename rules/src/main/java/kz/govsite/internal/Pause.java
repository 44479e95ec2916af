package kz.govsite.internal;

import java.util.function.Function;

/** Waiting a moment, the one way: an interrupt is never swallowed, the thread's flag is set again. */
public final class Pause {
    private Pause() {
    }

    /** Waits; an interrupt ends the wait early and leaves the flag set for the caller's next blocking call. */
    public static void quietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits; an interrupt sets the flag again and ends the wait with the exception {@code stopped} makes of it. */
    public static void orThrow(long ms, Function<InterruptedException, ? extends RuntimeException> stopped) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopped.apply(e);
        }
    }
}
