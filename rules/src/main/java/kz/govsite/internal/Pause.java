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

    /** Waits to the nanosecond (a rate of many requests a second waits fractions of a millisecond); like {@link #quietly}. */
    public static void quietlyNanos(long nanos) {
        if (nanos <= 0) return;
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
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
