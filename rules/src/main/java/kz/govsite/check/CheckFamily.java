package kz.govsite.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.govsite.report.JUnitCases;
import kz.govsite.report.LimitFacts;
import kz.govsite.report.Report;
import kz.govsite.report.ReportText;
import kz.govsite.report.ScoreTerms;

/**
 * One check family, everything about it in one object: its id in {@code govsite.checks}, its
 * options, the checks it adds to a run, and the report parts and limits that read what it recorded.
 * The engine and the writers go through the registered families ({@link Families}) and name none.
 *
 * <p>Only {@link #id()} and {@link #addChecks} are required; every other part is optional.
 */
public interface CheckFamily {
    /** The family's id: its name in {@code govsite.checks} and the prefix of its findings' ids. */
    String id();

    /** Adds the family's checks to a run that runs it. */
    void addChecks(FamilySetup setup, CheckSink checks);

    /** Whether pages must have axe-core loaded as they load, when this family runs. */
    default boolean needsAxe(FamilySetup setup) {
        return false;
    }

    /** axe rules whose fault this family reports better: axe leaves them out when the family runs. */
    default Set<String> axeRulesCovered() {
        return Set.of();
    }

    /**
     * Whether its findings' messages are their rules' own help in English (axe-core's), not govsite's
     * words: the reports then show them as a rule's description, not a finding's text.
     */
    default boolean messagesAreRuleHelp() {
        return false;
    }

    /** Checks the family's raw options (by property name); a bad value throws an InvalidConfigException naming it. */
    default void validateOptions(Map<String, String> options) {
    }

    /**
     * Adds the family's options to report.json's {@code config}; called for every family the run
     * knows, with {@code runs} telling whether this one runs. A new family puts its options under its
     * id; the first families keep the top-level names report.json has always had ({@code axeTags},
     * {@code languages}, {@code lowVisionRequired}).
     */
    default void describeOptions(Map<String, String> options, boolean runs, Map<String, Object> config) {
    }

    /** A card of report.html's verdict section, or empty; called whether the family ran or not. */
    default String htmlCard(Report report, ReportText text) {
        return "";
    }

    /** A section of report.html after the findings, or empty; called whether the family ran or not. */
    default String htmlSection(Report report, ReportText text) {
        return "";
    }

    /** Lines for the console summary, or none. */
    default List<String> consoleLines(Report report) {
        return List.of();
    }

    /** The JUnit suite's cases when they are not one per page (e.g. pairs of pages), or empty for pages. */
    default Optional<JUnitCases> junitCases(Report report) {
        return Optional.empty();
    }

    /**
     * What the family counts for the audit's scores, read from a site's report; asked only of families
     * that ran there. A family that feeds no score leaves it empty; the formulas are the audit's.
     */
    default List<ScoreTerms> scoreTerms(Report report) {
        return List.of();
    }

    /** Evaluates the limits the family owns; adds breaches, and notes for limits it cannot evaluate. */
    default void evaluateLimits(LimitFacts facts, List<String> breaches, List<String> notes) {
    }
}
