package kz.govsite.check.toy;

import java.util.List;
import kz.govsite.check.CheckFamily;
import kz.govsite.check.CheckSink;
import kz.govsite.check.FamilySetup;
import kz.govsite.report.Report;
import kz.govsite.report.ReportText;
import kz.govsite.report.ScoreFacts;
import kz.govsite.report.ScoreTerms;

/**
 * A toy family, to prove that a family is one folder: phone numbers a visitor cannot tap to call.
 * It adds a site-wide check, records {@code summary.contacts}, draws its own section of report.html
 * and counts against the audit's accessibility score; nothing outside this folder knows it.
 */
public final class ContactsFamily implements CheckFamily {
    public static final String ID = "contacts";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void addChecks(FamilySetup setup, CheckSink checks) {
        checks.site(new UnlinkedPhones());
    }

    /** A number that cannot be tapped costs the accessibility score like a broken rule; axe's pages are the pages. */
    @Override
    public List<ScoreTerms> scoreTerms(Report report) {
        return List.of(new ScoreTerms(ScoreTerms.ACCESSIBILITY,
                ScoreFacts.accessibilityCost(report, id -> id.startsWith(ID + "."))));
    }

    @Override
    public String htmlSection(Report report, ReportText text) {
        return ContactsSummary.from(report.summary().extra()).map(s -> ContactsSection.html(s, text.language())).orElse("");
    }
}
