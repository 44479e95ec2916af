package kz.govsite.check.toy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kz.govsite.check.SiteView;
import kz.govsite.check.SiteWideCheck;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageSnapshot;
import org.jsoup.nodes.Element;

/** Flags Kazakh phone numbers written as plain text instead of a {@code tel:} link. */
final class UnlinkedPhones implements SiteWideCheck {
    static final String ID = "contacts.phone-not-linked";
    /** +7 (7172) 74-56-12, 8 7172 745612, +7 701 234 56 78. */
    private static final Pattern PHONE = Pattern.compile("(?:\\+7|8)[\\s(]*\\d{3,4}[\\s)]*\\d{2,3}[\\s-]?\\d{2}[\\s-]?\\d{2}");

    @Override
    public String family() {
        return ContactsFamily.ID;
    }

    @Override
    public List<Finding> inspect(SiteView site) {
        var findings = new ArrayList<Finding>();
        var summary = new ContactsSummary.Builder();
        for (PageSnapshot page : site.pages()) {
            for (Element e : page.document().body().select("*")) {
                if (!e.ownText().isBlank() && PHONE.matcher(e.ownText()).find()) {
                    String phone = matched(e.ownText());
                    boolean linked = e.closest("a[href^=tel:]") != null;
                    summary.phone(page.url(), phone, linked);
                    if (!linked) {
                        findings.add(Finding.onPage(ID, Severity.MINOR, page.url(),
                                "the phone number " + phone + " is text, not a tel: link a phone can call"));
                    }
                }
            }
        }
        site.recordSummary(ContactsFamily.ID, summary.build().toMap());
        return findings;
    }

    private static String matched(String text) {
        var m = PHONE.matcher(text);
        return m.find() ? m.group().strip() : "";
    }
}
