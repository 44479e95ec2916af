package kz.govsite.check.documents;

import java.util.List;
import java.util.Map;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;

/** The documents family's finding ids, in one place, and how a finding about a document is made. */
final class DocumentFindings {
    static final String PDF_UNTAGGED = "documents.pdf-untagged";
    static final String PDF_SCANNED = "documents.pdf-scanned";
    static final String PDF_LANG_MISSING = "documents.pdf-lang-missing";
    static final String PDF_LANG_INVALID = "documents.pdf-lang-invalid";
    static final String PDF_TITLE_MISSING = "documents.pdf-title-missing";
    static final String PDF_TITLE_NOT_SHOWN = "documents.pdf-title-not-shown";
    static final String PDF_IMAGE_ALT = "documents.pdf-image-alt";
    static final String OFFICE_TITLE_MISSING = "documents.office-title-missing";
    static final String OFFICE_LANG_MISSING = "documents.office-lang-missing";
    static final String OFFICE_IMAGE_ALT = "documents.office-image-alt";
    static final String OFFICE_NO_HEADINGS = "documents.office-no-headings";
    static final String LEGACY_FORMAT = "documents.legacy-format";
    static final String WRONG_LANGUAGE = "documents.wrong-language";
    static final String LANG_MISMATCH = "documents.lang-mismatch";
    static final String MISSING_COUNTERPART = "documents.missing-counterpart";
    static final String NUMBERS_MISMATCH = "documents.numbers-mismatch";
    static final String TOO_LARGE = "documents.too-large";
    static final String UNREADABLE = "documents.unreadable";
    static final String ENCRYPTED = "documents.encrypted";
    static final String TIMEOUT = "documents.timeout";
    static final String HTTP_ERROR = "documents.http-error";

    private DocumentFindings() {
    }

    static Finding of(String id, Severity severity, String url, String message, String... wcag) {
        return Finding.onPage(id, severity, url, message).withWcag(List.of(wcag));
    }

    /** ".kz" when a language tag starts with the region code of Kazakhstan, the commonest wrong tag on state sites. */
    static String kzSuffix(String tag) {
        return tag.strip().split("-", -1)[0].equalsIgnoreCase("kz") ? ".kz" : "";
    }

    static Finding of(String id, Severity severity, String url, String message, Map<String, String> evidence,
                      String... wcag) {
        return of(id, severity, url, message, wcag).withEvidence(evidence);
    }
}
