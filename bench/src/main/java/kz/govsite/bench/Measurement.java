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
 * @param keys       each finding's check id and fingerprint, for comparing two runs (empty for the floor)
 */
record Measurement(int pages, long wallMs, Map<String, Long> phaseMs, long peakHeapMb, int findings,
                   java.util.List<String> keys) {
    Measurement(int pages, long wallMs, Map<String, Long> phaseMs, long peakHeapMb, int findings) {
        this(pages, wallMs, phaseMs, peakHeapMb, findings, java.util.List.of());
    }

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
