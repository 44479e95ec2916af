package kz.govsite.check.documents;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.check.SiteView;
import kz.govsite.check.language.LanguageGuesser;
import kz.govsite.check.language.LanguageGuessers;
import kz.govsite.crawl.Download;
import kz.govsite.crawl.HttpFetcher;
import kz.govsite.crawl.RateLimiter;
import kz.govsite.crawl.StaticSiteServer;
import kz.govsite.page.PageResult;
import kz.govsite.page.PageSnapshot;
import kz.govsite.testing.Prose;

/**
 * What a document costs: for each kind of file, N documents served over HTTP by the site-folder
 * server and linked from a Kazakh and a Russian page, checked cold (fetched, opened, language told),
 * then again with the cache (not opened). Prints milliseconds per document and peak heap.
 * Run with {@code bash bench/documents [N]}.
 */
public final class DocumentCost {
    private DocumentCost() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long t0 = System.nanoTime();
        LanguageGuesser guesser = LanguageGuessers.forOptions(LanguageOptions.defaults());
        guesser.guess(Prose.KAZAKH.get(0));
        System.out.printf(Locale.ROOT, "language models loaded in %d ms (once per run, shared with the page checks)%n",
                ms(t0));
        var longRu = new ArrayList<String>();
        for (int i = 0; i < 40; i++) longRu.addAll(Prose.RUSSIAN);
        var kinds = new LinkedHashMap<String, Function<Integer, byte[]>>();
        kinds.put("pdf, 1 page, tagged, kk", i -> TestDocuments.Pdf.clean(DocumentsCheckTest.with(Prose.KAZAKH, "№ " + i)).bytes());
        kinds.put("pdf, 14 pages, untagged, ru", i -> TestDocuments.pdf().text(DocumentsCheckTest.with(longRu, "№ " + i)).bytes());
        kinds.put("pdf, 2 scanned pages", i -> TestDocuments.pdf().tagged().lang("kk").title("Скан " + i, true).scanned().bytes());
        kinds.put("docx, kk, picture", i -> TestDocuments.docx().title("Жоспар " + i).lang("kk-KZ")
                .paragraphs(Prose.KAZAKH).picture(null).bytes());
        kinds.put("xlsx, picture", i -> TestDocuments.xlsx("Бюджет " + i, true));
        System.out.printf(Locale.ROOT, "%-30s %6s %9s %12s %12s %10s%n", "kind", "docs", "avg KB", "cold ms/doc",
                "cached ms/doc", "peak heap");
        for (var kind : kinds.entrySet()) {
            Path site = Files.createTempDirectory("govsite-doc-cost");
            var kk = new StringBuilder("<html lang=\"kk\"><body>");
            long bytes = 0;
            for (int i = 0; i < n; i++) {
                byte[] b = kind.getValue().apply(i);
                bytes += b.length;
                String name = "doc-" + i + "." + (kind.getKey().startsWith("docx") ? "docx" : kind.getKey().startsWith("xlsx") ? "xlsx" : "pdf");
                Files.createDirectories(site.resolve("docs"));
                Files.write(site.resolve("docs").resolve(name), b);
                kk.append("<a href=\"/docs/").append(name).append("\">").append(i).append("</a> ");
            }
            Files.writeString(site.resolve("index.html"), kk + "</body></html>");
            Path cache = Files.createTempDirectory("govsite-doc-cache");
            try (var server = StaticSiteServer.start(site)) {
                var fetcher = new HttpFetcher(Duration.ofSeconds(30), server.hostMapping(), Map.of(), RateLimiter.unlimited());
                var view = new OnePage(PageSnapshot.ofHtml(server.baseUrl(), kk + "</body></html>"));
                DocumentSource source = new DocumentSource() {
                    @Override
                    public boolean inScope(String url) {
                        return url.startsWith(server.baseUrl());
                    }

                    @Override
                    public Download download(String url, long maxBytes, Map<String, String> conditional) {
                        return fetcher.download(url, maxBytes, conditional);
                    }
                };
                var check = new DocumentsCheck(DocumentOptions.defaults(), guesser, LanguageOptions.defaults(), source, cache);
                resetPeaks();
                long cold = System.nanoTime();
                check.inspect(view);
                double coldMs = ms(cold) / (double) n;
                long warm = System.nanoTime();
                check.inspect(view);
                double warmMs = ms(warm) / (double) n;
                System.out.printf(Locale.ROOT, "%-30s %6d %9d %12.1f %12.1f %7d MiB%n", kind.getKey(), n, bytes / n / 1024,
                        coldMs, warmMs, peakHeap() / (1024 * 1024));
            }
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** A crawl of one page. */
    private record OnePage(PageSnapshot page) implements SiteView {
        @Override
        public List<PageSnapshot> pages() {
            return List.of(page);
        }

        @Override
        public Optional<PageResult> result(String url) {
            return Optional.empty();
        }

        @Override
        public Optional<PageSnapshot> page(String url) {
            return url.equals(page.url()) ? Optional.of(page) : Optional.empty();
        }

        @Override
        public void recordSummary(String key, Object value) {
        }

        @Override
        public void recordPageData(String url, String key, Object value) {
        }
    }
}
