package kz.govsite.check.language;

import java.util.Map;
import java.util.Set;
import kz.govsite.check.CheckFamily;
import kz.govsite.check.CheckSink;
import kz.govsite.check.FamilySetup;

/**
 * Whether each page and passage says which language it is in, and says it right: {@code language.*};
 * its options ({@link LanguageOptions}) are read by the parity and documents families too.
 */
public final class LanguageFamily implements CheckFamily {
    public static final String ID = "language";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void addChecks(FamilySetup setup, CheckSink checks) {
        var options = LanguageOptions.of(setup.options());
        var language = new LanguageCheck(setup.guesser().get(), options);
        checks.page(language);
        checks.site(new SiteLanguageCheck(language, setup.guesser().get(), options));
    }

    @Override
    public void validateOptions(Map<String, String> options) {
        LanguageOptions.of(options);
    }

    /** The languages are shown whether this family runs or not: parity and documents read them too. */
    @Override
    public void describeOptions(Map<String, String> options, boolean runs, Map<String, Object> config) {
        LanguageOptions.of(options).describe(config);
    }

    @Override
    public Set<String> axeRulesCovered() {
        return LanguageCheck.AXE_RULES_COVERED.keySet();
    }
}
