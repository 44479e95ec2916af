package kz.govsite.check.documents;

import java.util.List;
import java.util.Map;
import kz.govsite.check.CheckFamily;
import kz.govsite.check.CheckSink;
import kz.govsite.check.FamilySetup;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.report.Report;
import kz.govsite.report.ReportText;
import kz.govsite.report.ScoreTerms;

/**
 * The documents the site links to (PDF, Word, Excel): {@code documents.*} findings, its options
 * ({@link DocumentOptions}), {@code summary.documents} and its section in report.html.
 */
public final class DocumentsFamily implements CheckFamily {
    public static final String ID = "documents";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void addChecks(FamilySetup setup, CheckSink checks) {
        checks.site(new DocumentsCheck(DocumentOptions.parse(setup.options()), setup.guesser().get(),
                LanguageOptions.of(setup.options()), setup.documents(), setup.cacheDirectory()));
    }

    @Override
    public void validateOptions(Map<String, String> options) {
        DocumentOptions.parse(options);
    }

    @Override
    public void describeOptions(Map<String, String> options, boolean runs, Map<String, Object> config) {
        if (runs) config.put(ID, DocumentOptions.parse(options).describe());
    }

    @Override
    public List<ScoreTerms> scoreTerms(Report report) {
        return DocumentScoreTerms.of(report);
    }

    @Override
    public String htmlSection(Report report, ReportText text) {
        return DocumentsSection.html(report.summary().extra(), text.language());
    }
}
