package kz.govsite.check.axe;

import kz.govsite.check.CheckFamily;
import kz.govsite.check.CheckSink;
import kz.govsite.check.FamilySetup;
import kz.govsite.pictures.PictureOptions;

/** axe-core's rules on every page: findings {@code axe.<rule>}. */
public final class AxeFamily implements CheckFamily {
    public static final String ID = "axe";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void addChecks(FamilySetup setup, CheckSink checks) {
        checks.axe(setup.axe());
        checks.live(new AxeCheck(setup.axe(), PictureOptions.of(setup.lowVision().screenshots(), setup.options()),
                setup.reportDirectory()));
    }

    @Override
    public boolean needsAxe(FamilySetup setup) {
        return true;
    }

    @Override
    public boolean messagesAreRuleHelp() {
        return true;
    }
}
