package kz.govsite.check.toy;

import kz.govsite.check.CheckFamily;
import kz.govsite.check.CheckSink;
import kz.govsite.check.FamilySetup;
import kz.govsite.report.Report;
import kz.govsite.report.ReportText;

/**
 * A toy family, to prove that a family is one folder: phone numbers a visitor cannot tap to call.
 * It adds a site-wide check, records {@code summary.contacts} and draws its own section of
 * report.html; nothing outside this folder knows it.
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

    @Override
    public String htmlSection(Report report, ReportText text) {
        return ContactsSummary.from(report.summary().extra()).map(s -> ContactsSection.html(s, text.language())).orElse("");
    }
}
