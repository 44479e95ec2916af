package kz.govsite.check.language;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;

/**
 * Flags the untranslated page: one that belongs to a language by its URL, its alternates or its
 * switcher, but whose main content is mostly in another language.
 */
public final class WrongLanguage {
    public static final String ID = "language.wrong-language";
    /** Below this many judged words a page is not failed: one short string misleads. */
    public static final int MIN_WORDS = 12;

    /**
     * What a page is written in instead of the language it belongs to.
     *
     * @param claimed the language it belongs to
     * @param actual  the language most of its main content is in
     * @param shares  how its main content divides
     */
    public record Verdict(ClaimedLanguage claimed, String actual, LanguageShares shares) {
    }

    /** The verdict on a page, empty when it is in its own language or we cannot tell. */
    public static Optional<Verdict> verdict(PageLanguage page, Optional<ClaimedLanguage> claim) {
        if (claim.isEmpty() || !page.guesser().languages().contains(claim.get().language())) return Optional.empty();
        LanguageShares shares = page.shares(TextBlock::inMainContent);
        if (shares.total() < MIN_WORDS) return Optional.empty();
        return shares.majority().filter(l -> !l.equals(claim.get().language()))
                .map(l -> new Verdict(claim.get(), l, shares));
    }

    List<Finding> inspect(PageLanguage page, Optional<ClaimedLanguage> claim) {
        return verdict(page, claim).map(v -> List.of(finding(page.url(), v))).orElse(List.of());
    }

    static Finding finding(String url, Verdict v) {
        var evidence = new HashMap<>(v.shares().evidence());
        evidence.put("expected", v.claimed().language());
        evidence.put("actual", v.actual());
        evidence.put("claimedBy", v.claimed().source());
        return Finding.onPage(ID, Severity.SERIOUS, url, "the page belongs to " + v.claimed().language() + " (by its "
                        + v.claimed().source() + ") but its main content is in " + v.actual() + ": " + v.shares().describe())
                .withEvidence(evidence)
                .withText(ID + ".by-" + v.claimed().source().replace(' ', '-'), "expected", v.claimed().language(),
                        "actual", v.actual(), "shares", v.shares().describe());
    }
}
