package kz.govsite.finding;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One defect found on one page (or pair of pages): what rule, how bad, where, and why.
 *
 * @param check    stable id such as {@code axe.image-alt} or {@code parity.missing-counterpart}
 * @param severity how badly it hurts users
 * @param url      the page it was found on
 * @param selector CSS selector of the element, or empty when the finding is about the whole page
 * @param message  one sentence a person can act on
 * @param wcag     WCAG success criteria it breaks, e.g. {@code 1.1.1}; may be empty
 * @param snippet  a short piece of the page's HTML, or empty
 * @param helpUrl  where the rule is explained, or empty
 * @param evidence further facts, sorted by key; taken from the page, so escape before display
 * @param outcome  a failure, or an item that needs a person's review (not counted by failOn by default)
 * @param text     the message as an id and parameters for reports in other languages; not part of the fingerprint
 */
public record Finding(String check, Severity severity, String url, String selector, String message,
                      List<String> wcag, String snippet, String helpUrl, Map<String, String> evidence,
                      Outcome outcome, Message text) {

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(message, "message");
        selector = selector == null ? "" : selector;
        snippet = snippet == null ? "" : snippet;
        helpUrl = helpUrl == null ? "" : helpUrl;
        wcag = wcag == null ? List.of() : List.copyOf(wcag);
        evidence = evidence == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(evidence));
        outcome = outcome == null ? Outcome.FAILED : outcome;
        text = text == null ? Message.NONE : text;
    }

    /** A finding whose text is English only. */
    public Finding(String check, Severity severity, String url, String selector, String message,
                   List<String> wcag, String snippet, String helpUrl, Map<String, String> evidence,
                   Outcome outcome) {
        this(check, severity, url, selector, message, wcag, snippet, helpUrl, evidence, outcome, Message.NONE);
    }

    /** A failure. */
    public Finding(String check, Severity severity, String url, String selector, String message,
                   List<String> wcag, String snippet, String helpUrl, Map<String, String> evidence) {
        this(check, severity, url, selector, message, wcag, snippet, helpUrl, evidence, Outcome.FAILED);
    }

    /** Whether a person must review it: the checker could not decide. */
    public boolean needsReview() {
        return outcome == Outcome.REVIEW;
    }

    /** The same finding as an item to review. */
    public Finding asReview() {
        return new Finding(check, severity, url, selector, message, wcag, snippet, helpUrl, evidence, Outcome.REVIEW, text);
    }

    /** A finding about a whole page, with no element, snippet or WCAG reference. */
    public static Finding onPage(String check, Severity severity, String url, String message) {
        return new Finding(check, severity, url, "", message, List.of(), "", "", Map.of());
    }

    /** The same finding with more evidence. */
    public Finding withEvidence(Map<String, String> more) {
        var merged = new TreeMap<>(evidence);
        merged.putAll(more);
        return new Finding(check, severity, url, selector, message, wcag, snippet, helpUrl, merged, outcome, text);
    }

    /** The same finding with WCAG references. */
    public Finding withWcag(List<String> criteria) {
        return new Finding(check, severity, url, selector, message, criteria, snippet, helpUrl, evidence, outcome, text);
    }

    /** The same finding at another severity. */
    public Finding withSeverity(Severity other) {
        return new Finding(check, other, url, selector, message, wcag, snippet, helpUrl, evidence, outcome, text);
    }

    /** The same finding with its text as an id and parameters; the English message is unchanged. */
    public Finding withText(Message other) {
        return new Finding(check, severity, url, selector, message, wcag, snippet, helpUrl, evidence, outcome, other);
    }

    /** The same finding with its text as an id and alternating parameter names and values. */
    public Finding withText(String id, Object... namesAndValues) {
        return withText(Message.of(id, namesAndValues));
    }

    /** The rule family: the part of {@link #check()} before the first dot ({@code axe}, {@code parity}). */
    public String family() {
        int dot = check.indexOf('.');
        return dot < 0 ? check : check.substring(0, dot);
    }

    /** Identity that survives reruns; see {@link Fingerprint}. */
    public String fingerprint() {
        return Fingerprint.of(this);
    }
}
