package kz.govsite.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.govsite.check.axe.AxeFamily;
import kz.govsite.check.documents.DocumentsFamily;
import kz.govsite.check.language.LanguageFamily;
import kz.govsite.check.lowvision.LowVisionFamily;
import kz.govsite.check.parity.ParityFamily;

/**
 * The check families govsite has, in one list. The order is the order of their live checks, of
 * their site-wide checks and of their parts of the reports: axe runs before the low-vision mode is
 * switched on, language before parity, and the parity card comes before the low-vision one.
 */
public final class Families {
    /** Every built-in family; a run runs all of them unless {@code govsite.checks} says otherwise. */
    public static final List<CheckFamily> BUILT_IN = List.of(new AxeFamily(), new LanguageFamily(), new ParityFamily(),
            new LowVisionFamily(), new DocumentsFamily());

    private Families() {
    }

    /** The ids of the built-in families. */
    public static Set<String> builtInIds() {
        return ids(BUILT_IN);
    }

    /** The ids of some families, in their order. */
    public static Set<String> ids(List<CheckFamily> families) {
        var ids = new LinkedHashSet<String>();
        families.forEach(f -> ids.add(f.id()));
        return ids;
    }

    /** The ids of the families whose findings' messages are their rules' help ({@link CheckFamily#messagesAreRuleHelp}). */
    public static Set<String> withRuleHelpMessages(List<CheckFamily> families) {
        var ids = new LinkedHashSet<String>();
        families.stream().filter(CheckFamily::messagesAreRuleHelp).forEach(f -> ids.add(f.id()));
        return ids;
    }

    /** The built-in families and further ones (e.g. a test's), which must have ids of their own; repeats are dropped. */
    public static List<CheckFamily> with(List<CheckFamily> more) {
        var all = new ArrayList<>(BUILT_IN);
        var ids = builtInIds();
        for (CheckFamily f : more) {
            if (all.contains(f)) continue;
            if (!ids.add(f.id())) throw new IllegalArgumentException("a check family '" + f.id() + "' is already registered");
            all.add(f);
        }
        return List.copyOf(all);
    }
}
