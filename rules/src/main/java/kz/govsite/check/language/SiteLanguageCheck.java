package kz.govsite.check.language;

import java.util.ArrayList;
import java.util.List;
import kz.govsite.check.SiteView;
import kz.govsite.check.SiteWideCheck;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageSnapshot;

/**
 * The {@code language} rules that wait for the whole crawl: what each page's own text is written
 * in, with the site's template (menus, footers, side blocks repeated on most pages) left out, and
 * the template itself judged once for the site.
 */
public final class SiteLanguageCheck implements SiteWideCheck {
    /** The key of each page's language data in report.json. */
    public static final String DATA_KEY = "language";

    private final LanguageCheck pages;
    private final LanguageGuesser guesser;
    private final LanguageOptions options;

    public SiteLanguageCheck(LanguageCheck pages, LanguageGuesser guesser, LanguageOptions options) {
        this.pages = pages;
        this.guesser = guesser;
        this.options = options;
    }

    @Override
    public String family() {
        return LanguageFamily.ID;
    }

    @Override
    public List<Finding> inspect(SiteView site) {
        SiteTemplate template = SiteTemplate.of(site, guesser, options);
        var findings = new ArrayList<Finding>();
        for (PageSnapshot page : site.pages()) {
            try {
                var judged = pages.content(page, template);
                findings.addAll(judged.findings());
                if (!judged.data().isEmpty()) site.recordPageData(page.url(), DATA_KEY, judged.data());
            } catch (RuntimeException e) {
                // One page that breaks the rules' reading must not cost the others theirs.
                findings.add(Finding.onPage("site.check-error", Severity.MODERATE, page.url(),
                        "the language check failed on this page, so its results are missing: " + e)
                        .withText("site.check-error", "check", "language", "error", String.valueOf(e)));
            }
        }
        findings.addAll(new TemplateLanguage(guesser).inspect(template));
        return findings;
    }
}
