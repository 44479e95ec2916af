package kz.govsite.check.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.govsite.check.PageCheck;
import kz.govsite.crawl.ResourceKinds;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageSnapshot;

/**
 * The {@code language} check on one page. Its {@code lang} attributes are checked as the page is
 * visited ({@link #inspect}); what the text is written in (untranslated pages, mismatches, unmarked
 * passages, titles) is judged once the crawl is done ({@link #content}), when the site's template
 * is known and can be left out ({@link SiteLanguageCheck}).
 */
public final class LanguageCheck implements PageCheck {
    /**
     * axe-core rules that a language rule here reports with a better message, each with the id that
     * reports it: not run beside it (one fault, one finding).
     */
    public static final java.util.Map<String, String> AXE_RULES_COVERED = java.util.Map.of(
            "html-lang-valid", "language.html-lang-invalid");

    private final LanguageGuesser guesser;
    private final LanguageOptions options;
    private final UrlLanguageRules urlRules;

    /**
     * What the text of a page is written in, as findings and as the page's data in report.json.
     *
     * @param findings the content rules' findings
     * @param data     the page's {@code language} data: claimed language, verdict, shares
     */
    public record Judged(List<Finding> findings, Map<String, Object> data) {
    }

    public LanguageCheck(LanguageGuesser guesser, LanguageOptions options) {
        TextBlocks.validateSelectors(options.ignoreSelectors());
        this.guesser = guesser;
        this.options = options;
        this.urlRules = UrlLanguageRules.parse(options.pairing());
    }

    @Override
    public String family() {
        return LanguageFamily.ID;
    }

    /** The rules that need this page alone: {@code lang} missing, invalid, or not matching a marked part. */
    @Override
    public List<Finding> inspect(PageSnapshot snapshot) {
        // SVG, XML and other documents have no <html lang>: the rules do not apply to them.
        if (!ResourceKinds.isHtml(snapshot.contentType())) return List.of();
        PageLanguage page = PageLanguage.analyze(snapshot, guesser, options.ignoreSelectors());
        var findings = new ArrayList<Finding>();
        findings.addAll(new HtmlLangMissing().inspect(page));
        findings.addAll(new HtmlLangInvalid().inspect(page));
        findings.addAll(new ElementLangInvalid().inspect(page));
        findings.addAll(new ElementLangMismatch().inspect(page));
        return findings;
    }

    /** Every rule on a page judged on its own, with no site around it. */
    public List<Finding> judge(PageSnapshot snapshot) {
        var findings = new ArrayList<>(inspect(snapshot));
        findings.addAll(content(snapshot, SiteTemplate.NONE).findings());
        return findings;
    }

    /** The rules about what the page's own text is written in, its share of the site's template left out. */
    public Judged content(PageSnapshot snapshot, SiteTemplate template) {
        if (!ResourceKinds.isHtml(snapshot.contentType())) return new Judged(List.of(), Map.of());
        PageLanguage page = PageLanguage.analyze(snapshot, guesser, options.ignoreSelectors(), template);
        Optional<ClaimedLanguage> claim = ClaimedLanguage.of(page.document(), snapshot.url(), urlRules,
                guesser.languages(), false);
        var findings = new ArrayList<Finding>();
        var verdict = WrongLanguage.verdict(page, claim);
        var wrong = new WrongLanguage().inspect(page, claim);
        var mismatch = new HtmlLangMismatch().inspect(page, verdict);
        findings.addAll(wrong);
        findings.addAll(mismatch);
        Optional<ClaimedLanguage> belongs = claim.isPresent() ? claim
                : ClaimedLanguage.of(page.document(), snapshot.url(), urlRules, guesser.languages(), true);
        if (wrong.isEmpty() && mismatch.isEmpty()) {
            // Passages and titles are judged against the page's language only when the page has one.
            findings.addAll(new UnmarkedPassage().inspect(page));
            findings.addAll(new TitleLanguage().inspect(page, belongs));
        }
        return new Judged(findings, data(page, belongs));
    }

    /**
     * The page's language data: "checked, fine" and "could not judge" must read differently (W3C
     * ACT's cantTell), so a page whose main content no language has more than half of, or that has
     * too little text, is {@code undetermined}, with its shares.
     */
    private static Map<String, Object> data(PageLanguage page, Optional<ClaimedLanguage> belongs) {
        LanguageShares shares = page.shares(TextBlock::inMainContent);
        var m = new LinkedHashMap<String, Object>();
        belongs.ifPresent(c -> {
            m.put("belongsTo", c.language());
            m.put("by", c.source());
        });
        Optional<String> majority = shares.majority();
        if (shares.total() < WrongLanguage.MIN_WORDS) {
            m.put("verdict", "undetermined");
            m.put("reason", "fewer than " + WrongLanguage.MIN_WORDS + " judged words");
        } else if (majority.isEmpty()) {
            m.put("verdict", "undetermined");
            m.put("reason", "no language has more than half of the words");
        } else {
            m.put("verdict", majority.get());
        }
        m.put("shares", shares.percents());
        m.put("words", shares.total());
        if (page.templateWords() > 0) m.put("templateWords", page.templateWords());
        return m;
    }
}
