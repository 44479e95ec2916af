package kz.govsite.run;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.govsite.crawl.Frontier;

/**
 * Turns Ctrl-C or SIGTERM during a run into an orderly stop: the JVM's shutdown hook asks the run
 * to stop taking pages, interrupts it, and waits while it writes the partial report.
 */
final class StopSignal implements AutoCloseable {
    /** How long the JVM's exit waits for the partial report. */
    private static final long REPORT_WAIT_SECONDS = 30;

    private final Thread runner;
    private final Thread hook;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean requested;
    private volatile Frontier frontier;
    private volatile CrawlResults results;

    private StopSignal(Thread runner) {
        this.runner = runner;
        this.hook = new Thread(this::onShutdown, "govsite-shutdown");
    }

    /** Watches for the JVM shutting down while {@code runner} runs. */
    static StopSignal install(Thread runner) {
        var signal = new StopSignal(runner);
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** The crawl in progress: a stop freezes its results and closes its frontier. */
    void watch(Frontier frontier, CrawlResults results) {
        this.frontier = frontier;
        this.results = results;
        if (requested) stopCrawl();
    }

    boolean requested() {
        return requested;
    }

    private void onShutdown() {
        requested = true;
        stopCrawl();
        runner.interrupt();
        try {
            done.await(REPORT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopCrawl() {
        // Pages still in flight fail as the JVM tears the browsers down: keep only what finished before.
        CrawlResults r = results;
        if (r != null) r.freeze();
        Frontier f = frontier;
        if (f != null) f.close();
    }

    /** The run is over, report written or not: the JVM may exit. */
    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already: the hook is running and is released above
        }
    }
}
