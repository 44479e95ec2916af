package kz.govsite.bench;

import java.util.Map;

/**
 * One measured run.
 *
 * @param pages      pages checked
 * @param wallMs     from start to the last result
 * @param phaseMs    total milliseconds per phase: {@code load}, then each check family
 * @param peakHeapMb the most heap in use at once, in MiB (0 when not measured)
 * @param findings   violations or findings reported
 */
record Measurement(int pages, long wallMs, Map<String, Long> phaseMs, long peakHeapMb, int findings) {
    double pagesPerMinute() {
        return pages * 60_000.0 / Math.max(1, wallMs);
    }

    double msPerPage() {
        return (double) wallMs / Math.max(1, pages);
    }

    /** Average milliseconds a page spent in {@code phase}, or -1 when the run has no such phase. */
    double phasePerPage(String phase) {
        Long total = phaseMs.get(phase);
        return total == null ? -1 : (double) total / Math.max(1, pages);
    }
}
