package kz.govsite.check.documents;

import java.time.Duration;

/**
 * The time one document may take to read. Parsers do not answer interrupts, so the readers ask
 * the deadline between pages and every few hundred content operators and give up on their own.
 */
final class Deadline {
    /** Thrown by {@link #check()} once the time is up; the document becomes a {@code documents.timeout} finding. */
    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("time is up", null, false, false);
        }
    }

    private final long end;

    private Deadline(long end) {
        this.end = end;
    }

    static Deadline in(Duration time) {
        return new Deadline(System.nanoTime() + time.toNanos());
    }

    void check() {
        if (System.nanoTime() - end > 0 || Thread.currentThread().isInterrupted()) throw new Exceeded();
    }
}
