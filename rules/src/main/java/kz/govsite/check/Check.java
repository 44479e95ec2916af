package kz.govsite.check;

/** A rule set that inspects pages; its {@link #family()} names it in {@code govsite.checks}. */
public interface Check {
    /** The family id, the prefix of the ids of the findings it makes: {@code axe}, {@code lowvision}, … */
    String family();
}
