package kz.govsite.check.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.govsite.LanguageOptions;
import kz.govsite.check.PageCheck;
import kz.govsite.crawl.ResourceKinds;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageSnapshot;

/**
 * The {@code language} check: reads a page once for its languages, then applies the rules that
 * need no other page (lang attributes, untranslated pages, unmarked passages, titles).
 */
public final class LanguageCheck implements PageCheck {
    private final LanguageGuesser guesser;
    private final LanguageOptions options;
    private final UrlLanguageRules urlRules;

    public LanguageCheck(LanguageGuesser guesser, LanguageOptions options) {
        TextBlocks.validateSelectors(options.ignoreSelectors());
        this.guesser = guesser;
        this.options = options;
        this.urlRules = UrlLanguageRules.parse(options.pairing());
    }

    @Override
    public String family() {
        return "language";
    }

    @Override
    public List<Finding> inspect(PageSnapshot snapshot) {
        // SVG, XML and other documents have no <html lang>: the rules do not apply to them.
        if (!ResourceKinds.isHtml(snapshot.contentType())) return List.of();
        PageLanguage page = PageLanguage.analyze(snapshot, guesser, options.ignoreSelectors());
        Optional<ClaimedLanguage> claim = ClaimedLanguage.of(page.document(), snapshot.url(), urlRules,
                guesser.languages(), false);
        var findings = new ArrayList<Finding>();
        findings.addAll(new HtmlLangMissing().inspect(page));
        findings.addAll(new HtmlLangInvalid().inspect(page));
        findings.addAll(new ElementLangInvalid().inspect(page));
        findings.addAll(new ElementLangMismatch().inspect(page));
        var verdict = WrongLanguage.verdict(page, claim);
        var wrong = new WrongLanguage().inspect(page, claim);
        var mismatch = new HtmlLangMismatch().inspect(page, verdict);
        findings.addAll(wrong);
        findings.addAll(mismatch);
        if (wrong.isEmpty() && mismatch.isEmpty()) {
            // Passages and titles are judged against the page's language only when the page has one.
            findings.addAll(new UnmarkedPassage().inspect(page));
            findings.addAll(new TitleLanguage().inspect(page, claim.isPresent() ? claim
                    : ClaimedLanguage.of(page.document(), snapshot.url(), urlRules, guesser.languages(), true)));
        }
        return findings;
    }
}
