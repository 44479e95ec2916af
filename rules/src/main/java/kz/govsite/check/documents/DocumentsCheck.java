package kz.govsite.check.documents;

import static kz.govsite.check.documents.DocumentFindings.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.check.SiteView;
import kz.govsite.check.SiteWideCheck;
import kz.govsite.check.language.ClaimedLanguage;
import kz.govsite.check.language.LanguageGuesser;
import kz.govsite.check.language.LanguageShares;
import kz.govsite.check.language.UrlLanguageRules;
import kz.govsite.check.parity.Numbers;
import kz.govsite.check.parity.TwinFinder;
import kz.govsite.crawl.Download;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Message;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageSnapshot;

/**
 * The {@code documents} check: fetches the PDFs and office files the site's pages link to (within
 * {@link DocumentOptions}), checks each for accessibility and language, pairs the documents of each
 * Kazakh page with those of its Russian twin, and records every document in the report's summary.
 */
public final class DocumentsCheck implements SiteWideCheck {
    /** Redirects followed to reach a file, each inside the site. */
    static final int MAX_REDIRECTS = 5;
    /** Numbers kept per document for pairing: a 300-page budget has thousands; the first ones decide. */
    static final int MAX_NUMBERS = 2000;

    private final DocumentOptions options;
    private final LanguageGuesser guesser;
    private final UrlLanguageRules rules;
    private final DocumentSource source;
    private final Optional<DocumentCache> cache;

    /**
     * @param options        the family's bounds
     * @param guesser        the run's one language guesser
     * @param language       languages and pairing rules of the run
     * @param source         where files come from
     * @param cacheDirectory the run's cache folder, or null for none
     */
    public DocumentsCheck(DocumentOptions options, LanguageGuesser guesser, LanguageOptions language,
                          DocumentSource source, Path cacheDirectory) {
        this.options = options;
        this.guesser = guesser;
        this.rules = UrlLanguageRules.parse(language.pairing());
        this.source = source;
        this.cache = DocumentCache.in(cacheDirectory, options);
    }

    @Override
    public String family() {
        return DocumentsFamily.ID;
    }

    @Override
    public List<Finding> inspect(SiteView site) {
        DocumentLinks links = DocumentLinks.of(site, source::inScope);
        List<String> all = links.documents();
        List<String> checked = all.subList(0, Math.min(all.size(), options.maxDocuments()));
        var summary = new DocumentsTally(all.size(), options);
        var facts = new LinkedHashMap<String, DocumentFacts>();
        var findings = new ArrayList<Finding>();
        try (var reader = new DocumentReader(options)) {
            for (String url : checked) {
                // A stopped run (Ctrl-C) writes what it has; the documents not reached are counted as not checked.
                if (Thread.currentThread().isInterrupted()) break;
                Examined e = examine(url, reader);
                facts.put(url, e.facts());
                summary.read(e.facts(), e.cached());
                String from = links.pagesLinking(url).get(0);
                for (Finding f : e.findings()) findings.add(f.withEvidence(Map.of("linkedFrom", from)));
            }
        }
        Map<String, String> languages = pageLanguages(site);
        for (DocumentFacts doc : facts.values()) {
            var offeredOn = new ArrayList<Map.Entry<String, String>>();
            for (String page : links.pagesLinking(doc.url())) {
                String lang = languages.get(page);
                if (lang != null) offeredOn.add(Map.entry(page, lang));
            }
            DocumentLanguage.offeredInWrongLanguage(doc, offeredOn).ifPresent(findings::add);
        }
        findings.addAll(pairs(site, links, facts, languages, summary));
        summary.findings(findings);
        site.recordSummary(DocumentsFamily.ID, summary.summary().toMap());
        return findings;
    }

    /** One document's facts and its own findings; {@code cached} when it was not opened this run. */
    record Examined(DocumentFacts facts, List<Finding> findings, boolean cached) {
    }

    Examined examine(String url, DocumentReader reader) {
        Optional<DocumentCache.Entry> before = cache.flatMap(c -> c.find(url));
        var conditional = new TreeMap<String, String>();
        before.ifPresent(b -> {
            if (!b.facts().etag().isEmpty()) conditional.put("If-None-Match", b.facts().etag());
            if (!b.facts().lastModified().isEmpty()) conditional.put("If-Modified-Since", b.facts().lastModified());
        });
        Download d = download(url, conditional);
        String format = Formats.of(url, d.contentType(), new byte[0]);
        if (d.notModified() && before.isPresent()) return new Examined(before.get().facts(), before.get().findings(), true);
        if (d.status() == 0 || d.status() >= 400 || d.isRedirect() || d.notModified()) {
            String why = d.status() == 0 ? d.error() : d.isRedirect() ? "it redirects too often or out of the site"
                    : "HTTP " + d.status();
            return new Examined(DocumentFacts.unread(url, format, "http-error", -1), List.of(of(HTTP_ERROR, Severity.MODERATE,
                    url, "the document cannot be downloaded: " + why + "; the link leads nowhere",
                    Map.of("status", String.valueOf(d.status()))).withText(d.status() == 0
                    ? Message.of(HTTP_ERROR + ".unreachable", "error", d.error())
                    : d.isRedirect() ? Message.of(HTTP_ERROR + ".redirect")
                    : Message.of(HTTP_ERROR, "status", d.status()))), false);
        }
        if (d.tooLarge()) {
            return new Examined(DocumentFacts.unread(url, format, "too-large", d.length()), List.of(of(TOO_LARGE,
                    Severity.MODERATE, url, "the document is larger than " + PdfInspector.mib(options.maxBytes())
                            + " (govsite.documents.maxBytes): not opened, so its accessibility is unknown",
                    Map.of("bytes", String.valueOf(d.length()))).withText(TOO_LARGE,
                    "limit", PdfInspector.mib(options.maxBytes()))), false);
        }
        if (!d.error().isEmpty()) {
            return new Examined(DocumentFacts.unread(url, format, "http-error", -1), List.of(of(HTTP_ERROR, Severity.MODERATE,
                    url, "the document did not arrive in full: " + d.error()).withText(HTTP_ERROR + ".incomplete",
                    "error", d.error())), false);
        }
        String sha = DocumentCache.sha256(d.body());
        if (before.isPresent() && before.get().facts().sha256().equals(sha)) {
            return new Examined(before.get().facts(), before.get().findings(), true);
        }
        Contents c = reader.read(url, d.contentType(), d.body());
        LanguageShares shares = DocumentText.shares(c.text(), guesser);
        var own = new ArrayList<>(c.findings());
        DocumentLanguage.declaredMismatch(url, c.declaredLang(), shares, guesser.languages()).ifPresent(own::add);
        var percents = new TreeMap<String, Integer>();
        shares.words().keySet().forEach(l -> percents.put(l, shares.percent(l)));
        List<String> numbers = Numbers.of(c.text());
        var facts = new DocumentFacts(url, c.format(), c.state(), d.body().length, c.pages(), c.title(), c.declaredLang(),
                shares.majority().orElse(""), percents, shares.total(), numbers.subList(0, Math.min(numbers.size(), MAX_NUMBERS)),
                sha, d.etag(), d.lastModified());
        // A timeout may pass next time; everything else the same file will give again.
        if (!c.state().equals("timeout")) cache.ifPresent(x -> x.store(facts, own));
        return new Examined(facts, own, false);
    }

    /** Follows redirects inside the site; a redirect that leaves it, or too many, is answered as is. */
    private Download download(String url, Map<String, String> conditional) {
        String at = url;
        Download d = source.download(at, options.maxBytes(), conditional);
        for (int hop = 0; hop < MAX_REDIRECTS && d.isRedirect(); hop++) {
            var next = UrlNormalizer.normalize(d.location());
            if (next.isEmpty() || !source.inScope(next.get())) return d;
            at = next.get();
            d = source.download(at, options.maxBytes(), Map.of());
        }
        return d;
    }

    /** The language each page belongs to (its URL, alternates, switcher, then {@code <html lang>}). */
    private Map<String, String> pageLanguages(SiteView site) {
        var out = new java.util.HashMap<String, String>();
        for (PageSnapshot page : site.pages()) {
            ClaimedLanguage.of(page.document(), page.url(), rules, guesser.languages(), true)
                    .ifPresent(c -> out.put(page.url(), c.language()));
        }
        return out;
    }

    /** Pairs each Kazakh page's documents with its Russian twin's, and reports what is missing or differs. */
    private List<Finding> pairs(SiteView site, DocumentLinks links, Map<String, DocumentFacts> facts,
                                Map<String, String> languages, DocumentsTally summary) {
        var findings = new ArrayList<Finding>();
        var finder = new TwinFinder(rules);
        for (PageSnapshot kk : site.pages()) {
            if (!"kk".equals(languages.get(kk.url()))) continue;
            var twin = finder.find(kk.document(), kk.url(), "ru")
                    .flatMap(t -> UrlNormalizer.normalize(t.url()))
                    .flatMap(site::page)
                    .filter(ru -> "ru".equals(languages.get(ru.url())));
            if (twin.isEmpty()) continue;
            PageSnapshot ru = twin.get();
            var kkLinks = links.on(kk.url()).stream().filter(l -> facts.containsKey(l.url())).toList();
            var ruLinks = links.on(ru.url()).stream().filter(l -> facts.containsKey(l.url())).toList();
            DocumentPairs.Result result = DocumentPairs.pair(kkLinks, ruLinks);
            for (String alone : result.kkAlone()) findings.add(missing(alone, kk.url(), "kk", ru.url(), "ru"));
            for (String alone : result.ruAlone()) findings.add(missing(alone, ru.url(), "ru", kk.url(), "kk"));
            int mismatched = 0;
            for (DocumentPairs.Pair pair : result.pairs()) {
                var f = numbersMismatch(facts.get(pair.kk()), facts.get(pair.ru()), pair.via());
                if (f.isPresent()) {
                    findings.add(f.get());
                    mismatched++;
                }
            }
            summary.pairs(result.pairs().size(), mismatched, result.kkAlone().size() + result.ruAlone().size());
        }
        return findings;
    }

    private static Finding missing(String doc, String page, String lang, String twin, String twinLang) {
        return of(MISSING_COUNTERPART, Severity.SERIOUS, doc, "the " + lang + " page " + page + " offers this document, "
                        + "but its " + twinLang + " twin " + twin + " offers no counterpart: readers of " + twinLang + " do not get it",
                Map.of("linkedFrom", page, "twin", twin)).withText(MISSING_COUNTERPART, "language", lang, "page", page,
                "twinLanguage", twinLang, "twin", twin);
    }

    private static Optional<Finding> numbersMismatch(DocumentFacts kk, DocumentFacts ru, String via) {
        if (kk == null || ru == null || !kk.hasText() || !ru.hasText()) return Optional.empty();
        Numbers.Difference d = Numbers.compare(ru.numbers(), kk.numbers());
        if (d.isEmpty()) return Optional.empty();
        List<String> kkLacks = d.onlyInFirst();
        List<String> ruLacks = d.onlyInSecond();
        DocumentFacts on = kkLacks.size() >= ruLacks.size() ? kk : ru;
        DocumentFacts other = on == kk ? ru : kk;
        String message = "the numbers differ from its counterpart " + other.url() + " (paired by " + via + "): "
                + lacks("kk", kkLacks) + (kkLacks.isEmpty() || ruLacks.isEmpty() ? "" : "; ") + lacks("ru", ruLacks);
        return Optional.of(of(NUMBERS_MISMATCH, Severity.SERIOUS, on.url(), message, Map.of("twin", other.url(),
                "kkLacks", String.join(" ", kkLacks), "ruLacks", String.join(" ", ruLacks), "pairedBy", via))
                .withText(NUMBERS_MISMATCH + (ruLacks.isEmpty() ? ".kk" : kkLacks.isEmpty() ? ".ru" : ""), "twin", other.url(),
                        "pairedBy", via, "kkLacks", shown(kkLacks), "ruLacks", shown(ruLacks)));
    }

    /** The first ten numbers and how many more, in no language's words, for the translated texts. */
    private static String shown(List<String> values) {
        return String.join(", ", values.subList(0, Math.min(10, values.size())))
                + (values.size() > 10 ? " … (+" + (values.size() - 10) + ")" : "");
    }

    private static String lacks(String language, List<String> values) {
        if (values.isEmpty()) return "";
        return "the " + language + " document lacks " + String.join(", ", values.subList(0, Math.min(10, values.size())))
                + (values.size() > 10 ? " and " + (values.size() - 10) + " more" : "");
    }
}
