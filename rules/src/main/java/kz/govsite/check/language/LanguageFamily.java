package kz.govsite.check.language;

import java.util.Set;
import kz.govsite.check.CheckFamily;
import kz.govsite.check.CheckSink;
import kz.govsite.check.FamilySetup;

/** Whether each page and passage says which language it is in, and says it right: {@code language.*}. */
public final class LanguageFamily implements CheckFamily {
    public static final String ID = "language";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void addChecks(FamilySetup setup, CheckSink checks) {
        var language = new LanguageCheck(setup.guesser().get(), setup.language());
        checks.page(language);
        checks.site(new SiteLanguageCheck(language, setup.guesser().get(), setup.language()));
    }

    @Override
    public Set<String> axeRulesCovered() {
        return LanguageCheck.AXE_RULES_COVERED.keySet();
    }
}
