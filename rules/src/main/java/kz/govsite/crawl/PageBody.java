package kz.govsite.crawl;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A page's body: hashed (up to a size) to tell an unchanged page, its first bytes kept for sniffing. */
final class PageBody implements ResponseBody.Sink {
    /** Bodies are hashed up to this size; the rest is read and dropped. */
    private static final long MAX_HASHED = 25L * 1024 * 1024;

    private final MessageDigest digest = sha256();
    private final byte[] head = new byte[ContentSniffer.HEAD_BYTES];

    @Override
    public void accept(byte[] bytes, long offset) {
        if (offset < ContentSniffer.HEAD_BYTES) {
            System.arraycopy(bytes, 0, head, (int) offset, (int) Math.min(bytes.length, ContentSniffer.HEAD_BYTES - offset));
        }
        if (offset < MAX_HASHED) digest.update(bytes, 0, (int) Math.min(bytes.length, MAX_HASHED - offset));
    }

    /** The server's answer; the hash only of a body that arrived whole. */
    static FetchResult result(ResponseBody.Arrived<PageBody> arrived, String url, String error) {
        PageBody body = arrived.sink();
        long retryAfter = arrived.info().headers().firstValue("Retry-After").map(HttpFetcher::seconds).orElse(-1L);
        String hash = arrived.done() ? HexFormat.of().formatHex(body.digest.digest()) : "";
        return new FetchResult(arrived.info().statusCode(), arrived.header("Content-Type"), arrived.location(url),
                retryAfter, hash, error, arrived.total(),
                ContentSniffer.sniff(body.head, (int) Math.min(arrived.total(), body.head.length)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
