package kz.govsite.check.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * Measures what a PDF's compressed content streams expand to, without holding the result: a file of
 * a few kilobytes can inflate to gigabytes (the PDF form of a zip bomb), which the text reader must
 * never be handed.
 */
final class InflateGuard {
    private final long limit;
    private long total;

    /** @param limit most bytes all the streams of one document may expand to */
    InflateGuard(long limit) {
        this.limit = limit;
    }

    /** Adds a stream's expanded size; false once the document's streams together pass the limit. */
    boolean admit(COSStream stream, Deadline deadline) throws IOException {
        Object filter = stream.getFilters();
        if (!COSName.FLATE_DECODE.equals(filter) && !(filter instanceof org.apache.pdfbox.cos.COSArray a
                && a.size() == 1 && COSName.FLATE_DECODE.equals(a.getObject(0)))) {
            total += stream.getLength();
            return total <= limit;
        }
        var inflater = new Inflater();
        byte[] in = new byte[8192];
        byte[] out = new byte[64 * 1024];
        try (InputStream raw = stream.createRawInputStream()) {
            int n;
            while ((n = raw.read(in)) > 0) {
                inflater.setInput(in, 0, n);
                while (!inflater.needsInput() && !inflater.finished()) {
                    total += inflater.inflate(out);
                    if (total > limit) return false;
                    deadline.check();
                }
                if (inflater.finished()) break;
            }
        } catch (DataFormatException e) {
            // A damaged stream is the text reader's to skip; it adds nothing here.
        } finally {
            inflater.end();
        }
        return total <= limit;
    }

    long total() {
        return total;
    }
}
