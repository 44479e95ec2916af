package kz.govsite.finding;

import java.util.Locale;

/**
 * Whether a finding is a failure, or something a checker could not decide by itself (axe's
 * "incomplete": contrast over a picture, a frame that did not answer) that a person must look at.
 */
public enum Outcome {
    FAILED, REVIEW;

    /** The lower-case name used in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a label; none (reports written before outcomes existed) is a failure. */
    public static Outcome parse(String label) {
        return "review".equalsIgnoreCase(label == null ? "" : label.strip()) ? REVIEW : FAILED;
    }
}
