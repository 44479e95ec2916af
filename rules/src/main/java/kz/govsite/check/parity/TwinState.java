package kz.govsite.check.parity;

import java.util.Optional;
import java.util.function.Function;
import kz.govsite.check.language.UrlLanguageRules;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.page.PageSnapshot;

/**
 * Whether a page's twin really exists: it may answer an error, redirect to a home page or back
 * to the page's own language, or show a "page not found" text with status 200.
 *
 * @param kind       present, missing, or not visited (the page budget ran out)
 * @param reason     why it counts as missing, or empty
 * @param resolution where the twin's URL led
 * @param facts      the twin's facts when present
 */
record TwinState(Kind kind, String reason, SiteLookup.Resolution resolution, PageFacts facts) {
    enum Kind { PRESENT, MISSING, UNVISITED }

    static TwinState classify(PageFacts page, Twin twin, SiteLookup lookup, UrlLanguageRules rules,
                              Function<PageSnapshot, PageFacts> facts) {
        SiteLookup.Resolution r = lookup.resolve(twin.url());
        if (r.redirected()) {
            String target = r.finalUrl();
            if (UrlNormalizer.pageKey(target).equals(UrlNormalizer.pageKey(page.url()))) {
                return missing("redirects back to this page", r);
            }
            if (rules.isHome(target)) return missing("redirects to the home page " + target, r);
            if (rules.languageOf(target).map(page.lang()::equals).orElse(false)) {
                return missing("redirects to the " + page.lang() + " page " + target, r);
            }
        }
        if (!r.visited()) return new TwinState(Kind.UNVISITED, "", r, null);
        int status = r.result().status();
        if (!r.result().isPage()) {
            if (status >= 400) return missing("answers HTTP " + status, r);
            if (status == 0) return missing("could not be fetched (" + r.result().error() + ")", r);
            if (r.snapshot() == null) return missing("is not a page (" + r.result().kind() + ")", r);
        }
        if (r.snapshot() == null) return new TwinState(Kind.UNVISITED, "", r, null);
        PageFacts twinFacts = facts.apply(r.snapshot());
        Optional<String> notFound = twinFacts.notFound();
        if (notFound.isPresent()) return missing("shows a \"page not found\" text («" + notFound.get() + "»)", r);
        String twinLang = twinFacts.lang();
        if (!twinLang.isEmpty() && !twinLang.equals(twin.language())) {
            return missing("is a " + twinLang + " page (by its " + twinFacts.language().get().source() + ")", r);
        }
        return new TwinState(Kind.PRESENT, "", r, twinFacts);
    }

    private static TwinState missing(String reason, SiteLookup.Resolution r) {
        return new TwinState(Kind.MISSING, reason, r, null);
    }
}
