package kz.govsite.check.documents;

import static kz.govsite.check.documents.DocumentFindings.*;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.govsite.finding.Severity;

/**
 * Opens one document on a thread of its own, within the time allowed: a parser that hangs or
 * runs out of memory on a hostile file costs that document a finding, never the run.
 */
final class DocumentReader implements AutoCloseable {
    private final DocumentOptions options;
    private final PdfInspector pdf;
    private final OfficeInspector office;
    private ExecutorService thread = newThread();

    DocumentReader(DocumentOptions options) {
        this.options = options;
        this.pdf = new PdfInspector(options);
        this.office = new OfficeInspector(options);
    }

    Contents read(String url, String contentType, byte[] bytes) {
        String format = Formats.of(url, contentType, bytes);
        if (Formats.LEGACY.contains(format)) {
            return new Contents(format, "checked", 0, "", "", "", List.of(of(LEGACY_FORMAT, Severity.MINOR, url,
                    "." + format + " is an old format that cannot carry tags, alternate text or a language the way "
                            + "PDF/UA, .docx and .xlsx can: publish it as an accessible PDF or a .docx/.xlsx",
                    Map.of("format", format)).withText(LEGACY_FORMAT, "format", format)));
        }
        if (!Formats.opened(format)) return new Contents(format, "not-opened", 0, "", "", "", List.of());
        Future<Contents> job = thread.submit(() -> open(url, format, bytes));
        try {
            // The reader gives up by itself at the deadline; the margin is for a parser stuck where it cannot ask.
            return job.get(options.timeout().toMillis() + 2000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            // The stuck thread cannot be stopped, only left behind: the next document gets a fresh one.
            thread.shutdownNow();
            thread = newThread();
            return timedOut(url, format);
        } catch (ExecutionException e) {
            return Contents.failed(format, "unreadable", List.of(PdfInspector.unreadable(url,
                    e.getCause() instanceof Exception x ? x : new Exception(String.valueOf(e.getCause())))));
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            return timedOut(url, format);
        }
    }

    private Contents open(String url, String format, byte[] bytes) {
        Deadline deadline = Deadline.in(options.timeout());
        try {
            return format.equals("pdf") ? pdf.inspect(url, bytes, deadline) : office.inspect(url, format, bytes, deadline);
        } catch (Deadline.Exceeded e) {
            return timedOut(url, format);
        } catch (OutOfMemoryError e) {
            return Contents.failed(format, "too-large", List.of(of(TOO_LARGE, Severity.MODERATE, url,
                    "the " + format + " file needs more memory to read than the run can give it: not read")
                    .withText(TOO_LARGE + ".memory", "format", format)));
        } catch (RuntimeException | StackOverflowError e) {
            return Contents.failed(format, "unreadable", List.of(PdfInspector.unreadable(url,
                    e instanceof RuntimeException r ? r : new IllegalStateException("the file nests too deeply"))));
        }
    }

    private Contents timedOut(String url, String format) {
        return Contents.failed(format, "timeout", List.of(of(TIMEOUT, Severity.MODERATE, url, "the " + format
                + " file could not be read within " + options.timeout().toSeconds() + " s (govsite.documents.timeout): "
                + "its checks are missing").withText(TIMEOUT, "format", format, "seconds", options.timeout().toSeconds())));
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "govsite-document");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
