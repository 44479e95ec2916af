package kz.govsite.check.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.govsite.check.language.Alternate;
import kz.govsite.check.language.LanguageTag;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageSnapshot;

/**
 * Flags language links that mislead: alternates with an invalid {@code hreflang}, a relative or
 * unusable href, a broken target or a target in another language, alternates not named back by
 * their target, and a switcher that drops the visitor on the other language's home page.
 */
final class HreflangRule {
    static final String ID = "parity.hreflang";

    List<Finding> inspect(PageFacts page, SiteLookup lookup, Function<PageSnapshot, PageFacts> facts) {
        var out = new ArrayList<Finding>();
        String self = UrlNormalizer.pageKey(page.url());
        String twinLanguage = PageFacts.other(page.lang());
        for (Alternate alt : page.alternates()) {
            var problem = alt.isDefault() ? java.util.Optional.<String>empty() : new LanguageTag(alt.hreflang()).problem();
            problem.ifPresent(p -> out.add(finding(page.url(), Severity.MODERATE, alt, "hreflang: " + p)));
            if (alt.url().isEmpty()) {
                out.add(finding(page.url(), Severity.MODERATE, alt, "the hreflang=\"" + alt.hreflang()
                        + "\" alternate has no usable href"));
                continue;
            }
            if (!alt.isAbsolute()) {
                out.add(finding(page.url(), Severity.MINOR, alt, "the hreflang=\"" + alt.hreflang()
                        + "\" alternate uses the relative URL \"" + alt.href() + "\": alternates must be full URLs"));
            }
            if (UrlNormalizer.pageKey(alt.url()).equals(self)) continue;
            SiteLookup.Resolution target = lookup.resolve(alt.url());
            if (!target.visited()) continue;
            if (target.snapshot() == null || !target.result().isPage()) {
                // A missing twin is parity.missing-counterpart; other languages' broken alternates are ours.
                if (!alt.language().equals(twinLanguage)) {
                    out.add(finding(page.url(), Severity.MODERATE, alt, "the hreflang=\"" + alt.hreflang()
                            + "\" alternate " + alt.url() + " answers HTTP " + target.result().status()));
                }
                continue;
            }
            PageFacts other = facts.apply(target.snapshot());
            if (!other.lang().isEmpty() && !alt.language().isEmpty() && !other.lang().equals(alt.language())) {
                out.add(finding(page.url(), Severity.MODERATE, alt, "hreflang=\"" + alt.hreflang() + "\" points to "
                        + alt.url() + ", a " + other.lang() + " page (by its " + other.language().get().source() + ")")
                        .withText(ID + ".wrong-language", "hreflang", alt.hreflang(), "target", alt.url(), "language", other.lang()));
                continue;
            }
            boolean namedBack = other.alternates().stream()
                    .anyMatch(a -> !a.url().isEmpty() && UrlNormalizer.pageKey(a.url()).equals(self));
            if (!namedBack && other.notFound().isEmpty()) {
                out.add(Finding.onPage(ID, Severity.MINOR, other.url(), "the page does not name " + page.url()
                                + " back as its " + page.lang() + " alternate, though that page names this one as hreflang=\""
                                + alt.hreflang() + "\": search engines ignore alternates that are not reciprocal")
                        .withEvidence(Map.of("from", page.url()))
                        .withText(ID + ".not-reciprocal", "page", page.url(), "language", page.lang(), "hreflang", alt.hreflang()));
            }
        }
        page.homeSwitcher().ifPresent(link -> out.add(Finding.onPage(ID, Severity.MODERATE, page.url(),
                        "the language switcher «" + link.label() + "» leads to the " + twinLanguage + " home page "
                                + link.url() + " instead of this page's " + twinLanguage + " version")
                .withEvidence(Map.of("switcher", link.url()))
                .withText(ID + ".switcher-home", "label", link.label(), "language", twinLanguage, "home", link.url())));
        return out;
    }

    private static Finding finding(String url, Severity severity, Alternate alt, String message) {
        return new Finding(ID, severity, url, "link[rel=\"alternate\"][hreflang=\"" + alt.hreflang() + "\"]", message,
                List.of(), alt.snippet(), "", Map.of("hreflang", alt.hreflang(), "href", alt.href()));
    }
}
