package kz.govsite.check.documents;

import java.util.List;

/**
 * What opening one document learned, before its language is judged.
 *
 * @param format       {@code pdf}, {@code docx}, {@code xlsx}, or the legacy format's extension
 * @param state        {@code checked}, or why it could not be read: {@code unreadable}, {@code encrypted},
 *                     {@code too-large}, {@code timeout}
 * @param pages        pages (PDF) or sheets (xlsx); 0 when unknown
 * @param title        the document's own title, or empty
 * @param declaredLang the language it declares (PDF /Lang, Word's language), or empty
 * @param text         its text, capped; empty when it has none or could not be read
 * @param findings     accessibility findings about the document itself
 */
record Contents(String format, String state, int pages, String title, String declaredLang, String text,
                List<kz.govsite.finding.Finding> findings) {
    /** Text beyond this many characters is not kept: enough to tell a language and compare numbers. */
    static final int MAX_TEXT = 400_000;

    Contents {
        title = title == null ? "" : title.strip();
        declaredLang = declaredLang == null ? "" : declaredLang.strip();
        text = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        findings = List.copyOf(findings);
    }

    static Contents failed(String format, String state, List<kz.govsite.finding.Finding> findings) {
        return new Contents(format, state, 0, "", "", "", findings);
    }
}
