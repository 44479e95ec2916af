package kz.govsite.check.parity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.check.SiteWideCheck;
import kz.govsite.check.SiteView;
import kz.govsite.check.language.Alternate;
import kz.govsite.check.language.ClaimedLanguage;
import kz.govsite.check.language.LanguageGuesser;
import kz.govsite.check.language.SiteTemplate;
import kz.govsite.check.language.UrlLanguageRules;
import kz.govsite.crawl.ResourceKinds;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.finding.Finding;
import kz.govsite.internal.Maps;
import kz.govsite.page.PageSnapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The {@code parity} check: pairs every Kazakh and Russian page with its twin and reports twins
 * that are missing, disagree in numbers or structure, or are linked wrongly; records the share of
 * pages filled in both languages in the report's summary.
 */
public final class ParityCheck implements SiteWideCheck {
    private final LanguageGuesser guesser;
    private final LanguageOptions options;
    private final UrlLanguageRules rules;
    private final boolean reportCopies;

    /**
     * @param guesser      the run's one language guesser
     * @param options      languages, pairing rules and ignored selectors
     * @param reportCopies whether text copied between twins is reported as {@code language.wrong-language}
     *                     (only when the language check runs too)
     */
    public ParityCheck(LanguageGuesser guesser, LanguageOptions options, boolean reportCopies) {
        this.guesser = guesser;
        this.options = options;
        this.rules = UrlLanguageRules.parse(options.pairing());
        this.reportCopies = reportCopies;
    }

    @Override
    public String family() {
        return ParityFamily.ID;
    }

    /** The page's twin and its alternates, so they are checked even when nothing links to them. */
    @Override
    public List<String> urlsToAlsoVisit(PageSnapshot page) {
        if (!ResourceKinds.isHtml(page.contentType())) return List.of();
        Document doc = Jsoup.parse(page.html(), page.finalUrl());
        var out = new LinkedHashSet<String>();
        for (Alternate alt : Alternate.of(doc)) {
            if (!alt.url().isEmpty()) out.add(alt.url());
        }
        var language = ClaimedLanguage.of(doc, page.url(), rules, guesser.languages(), true);
        if (language.isPresent() && PageFacts.PAIR.contains(language.get().language())
                && !PageFacts.isChooser(doc, page.url(), rules)) {
            new TwinFinder(rules).find(doc, page.url(), PageFacts.other(language.get().language()))
                    .ifPresent(t -> out.add(t.url()));
        }
        return List.copyOf(out);
    }

    @Override
    public List<Finding> inspect(SiteView site) {
        var lookup = new SiteLookup(site);
        SiteTemplate template = SiteTemplate.of(site, guesser, options);
        Map<String, PageFacts> cache = new HashMap<>();
        Function<PageSnapshot, PageFacts> facts = s -> cache.computeIfAbsent(s.url(),
                u -> PageFacts.read(s, guesser, options, rules, template));
        var members = new ArrayList<PageFacts>();
        for (PageSnapshot s : site.pages()) {
            if (!ResourceKinds.isHtml(s.contentType()) || movedOn(s)) continue;
            PageFacts f = facts.apply(s);
            if (f.isPairMember()) members.add(f);
        }

        var findings = new ArrayList<Finding>();
        var summary = new ParityTally();
        var pairs = new LinkedHashMap<String, PairOfPages>();
        var twins = new HashMap<String, PageFacts>();
        var languages = new HashSet<String>();
        members.forEach(m -> languages.add(m.lang()));
        var outcomes = Pairing.of(members, lookup, rules, facts);
        for (PageFacts page : members) {
            Pairing.Outcome outcome = outcomes.get(page.url());
            Twin twin = outcome.twin();
            switch (outcome.kind()) {
                case NONE -> {
                    summary.unpaired();
                    summary.row(page.url(), "", "no twin found", Map.of());
                    findings.add(new MissingCounterpart().noTwin(page, languages.contains(PageFacts.other(page.lang()))));
                }
                case UNVISITED -> {
                    summary.unchecked();
                    summary.row(page.url(), twin.url(), "not visited", Map.of("found", twin.via()));
                }
                case MISSING -> {
                    summary.missing();
                    summary.row(page.url(), twin.url(), "missing", Maps.ordered("found", twin.via(), "reason",
                            outcome.tried().get(twin).reason()));
                    findings.add(new MissingCounterpart().finding(page, outcome));
                }
                case PRESENT -> {
                    twins.put(page.url(), outcome.facts());
                    PairOfPages pair = PairOfPages.of(page, outcome.facts());
                    pairs.putIfAbsent(pair.key(), pair);
                }
            }
        }
        summary.languages(languages);

        Set<String> copying = new HashSet<>();
        for (PairOfPages pair : pairs.values()) {
            new NumbersMismatch().inspect(pair).ifPresent(findings::add);
            findings.addAll(new StructureMismatch().inspect(pair));
            for (Finding f : new CopiedText().inspect(pair)) {
                copying.add(f.url());
                if (reportCopies) findings.add(f);
            }
        }
        findings.addAll(new UntranslatedLabels(guesser).inspect(pairs.values(), site, copying));
        for (PairOfPages pair : pairs.values()) {
            summary.pair(pair, inOwnLanguage(pair.kk(), copying) && inOwnLanguage(pair.ru(), copying),
                    status(pair, copying));
        }
        for (PageFacts page : members) {
            PageFacts twin = twins.get(page.url());
            summary.page(page.lang(), twin != null && inOwnLanguage(page, copying) && inOwnLanguage(twin, copying));
            findings.addAll(new HreflangRule().inspect(page, lookup, facts));
        }
        site.recordSummary(ParityFamily.ID, summary.summary().toMap());
        return findings;
    }

    /** A pair's status for the report's pairs table. */
    private static String status(PairOfPages pair, Set<String> copying) {
        for (PageFacts page : List.of(pair.kk(), pair.ru())) {
            if (page.wrong().isPresent()) return page.lang() + " untranslated";
            if (copying.contains(page.url())) return page.lang() + " copied";
        }
        return "complete";
    }

    private static boolean inOwnLanguage(PageFacts page, Set<String> copying) {
        return page.wrong().isEmpty() && !copying.contains(page.url());
    }

    /** A page the browser left for another (meta refresh, script) is that other page, checked under its own URL. */
    private static boolean movedOn(PageSnapshot s) {
        String fin = UrlNormalizer.normalize(s.finalUrl()).orElse(s.finalUrl());
        return !UrlNormalizer.pageKey(fin).equals(UrlNormalizer.pageKey(s.url()));
    }
}
