package kz.govsite.check.documents;

import static kz.govsite.check.documents.DocumentFindings.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.govsite.check.language.LanguageTag;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF with PDFBox and applies the accessibility rules a screen reader depends on: tags,
 * the document language, a title shown as the window title, alternate text of figures, and a text
 * layer at all. Nothing in the file is run, rendered or followed: no JavaScript, actions, fonts
 * fetched or external references; compressed streams are measured before they are read.
 */
final class PdfInspector {
    /** A page with fewer characters than this and a picture is a scanned page. */
    static final int SCANNED_PAGE_CHARS = 20;
    private static final Pattern XMP_TITLE = Pattern.compile(
            "<dc:title>.*?<rdf:li[^>]*>([^<]*)</rdf:li>", Pattern.DOTALL);

    private final DocumentOptions options;

    PdfInspector(DocumentOptions options) {
        this.options = options;
    }

    Contents inspect(String url, byte[] bytes, Deadline deadline) {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(options.maxBytes() * 4).streamCache);
        } catch (InvalidPasswordException e) {
            return Contents.failed("pdf", "encrypted", List.of(of(ENCRYPTED, Severity.SERIOUS, url,
                    "the PDF opens only with a password: nobody without it can read it, a screen reader included")
                    .withText(ENCRYPTED + ".password")));
        } catch (IOException | RuntimeException e) {
            return Contents.failed("pdf", "unreadable", List.of(unreadable(url, e)));
        }
        try (doc) {
            return read(url, doc, bytes.length, deadline);
        } catch (IOException e) {
            return Contents.failed("pdf", "unreadable", List.of(unreadable(url, e)));
        }
    }

    static Finding unreadable(String url, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return of(UNREADABLE, Severity.SERIOUS, url, "the document cannot be opened, it is damaged or not what its name says: "
                + kz.govsite.check.language.Texts.shorten(why.strip(), 160))
                .withText(UNREADABLE, "error", kz.govsite.check.language.Texts.shorten(why.strip(), 160));
    }

    private Contents read(String url, PDDocument doc, long size, Deadline deadline) throws IOException {
        var findings = new ArrayList<Finding>();
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        int pages = doc.getNumberOfPages();
        int toRead = Math.min(pages, options.maxPages());

        if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractForAccessibility()) {
            findings.add(of(ENCRYPTED, Severity.SERIOUS, url, "the PDF's permissions forbid assistive technology "
                    + "to read its text: screen readers that respect them read nothing", "1.3.1")
                    .withText(ENCRYPTED + ".permissions"));
        }
        var guard = new InflateGuard(options.maxBytes() * 10);
        for (int i = 0; i < toRead; i++) {
            deadline.check();
            COSBase contents = doc.getPage(i).getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.CONTENTS);
            for (COSStream s : streams(contents)) {
                if (!guard.admit(s, deadline)) {
                    return Contents.failed("pdf", "too-large", List.of(of(TOO_LARGE, Severity.MODERATE, url,
                            "the PDF's page content expands to more than " + mib(options.maxBytes() * 10)
                                    + " (from " + mib(size) + "): not read further, as a reader would choke on it",
                            Map.of("pages", String.valueOf(pages))).withText(TOO_LARGE + ".pdf-content",
                            "limit", mib(options.maxBytes() * 10), "size", mib(size))));
                }
            }
        }

        var text = new PageTexts(deadline, toRead);
        String allText = text.read(doc);
        int scanned = 0;
        for (int i = 0; i < toRead; i++) {
            if (text.characters(i) < SCANNED_PAGE_CHARS && hasImage(doc.getPage(i))) scanned++;
        }
        if (scanned > 0 && scanned * 2 >= toRead) {
            findings.add(of(PDF_SCANNED, scanned == toRead ? Severity.CRITICAL : Severity.SERIOUS, url,
                    scanned + " of " + toRead + " pages are pictures with no text layer (a scan): a screen reader "
                            + "finds nothing to read and the text cannot be searched or enlarged",
                    Map.of("scannedPages", String.valueOf(scanned), "pages", String.valueOf(toRead)), "1.1.1", "1.4.5")
                    .withText(PDF_SCANNED, "scannedPages", scanned, "pages", toRead));
        }

        boolean tagged = catalog.getStructureTreeRoot() != null;
        boolean marked = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
        if (!tagged) {
            findings.add(of(PDF_UNTAGGED, Severity.SERIOUS, url, "the PDF has no tags: a screen reader cannot tell "
                    + "headings, lists, tables and reading order from one another", "1.3.1", "1.3.2").withText(PDF_UNTAGGED));
        } else if (!marked) {
            findings.add(of(PDF_UNTAGGED, Severity.SERIOUS, url, "the PDF has a tag tree but does not say it is "
                    + "tagged (/MarkInfo /Marked true): readers may ignore its tags", "1.3.1").withText(PDF_UNTAGGED + ".not-marked"));
        } else {
            var figures = FigureAlt.count(catalog.getStructureTreeRoot(), deadline);
            if (figures.withoutAlt() > 0) {
                findings.add(of(PDF_IMAGE_ALT, Severity.SERIOUS, url, figures.withoutAlt() + " of " + figures.figures()
                        + " figures have no alternate text", Map.of("occurrences", String.valueOf(figures.withoutAlt()),
                        "figures", String.valueOf(figures.figures())), "1.1.1").withText(PDF_IMAGE_ALT,
                        "occurrences", figures.withoutAlt(), "figures", figures.figures()));
            }
        }

        String lang = catalog.getLanguage() == null ? "" : catalog.getLanguage().strip();
        if (lang.isEmpty()) {
            findings.add(of(PDF_LANG_MISSING, Severity.SERIOUS, url, "the PDF does not declare its language (/Lang): "
                    + "a screen reader reads Kazakh or Russian text with the wrong voice", "3.1.1").withText(PDF_LANG_MISSING));
        } else {
            new LanguageTag(lang).problem().ifPresent(problem -> findings.add(of(PDF_LANG_INVALID, Severity.SERIOUS, url,
                    "the PDF's /Lang \"" + lang + "\" is not a valid language tag: " + problem,
                    Map.of("lang", lang), "3.1.1").withText(PDF_LANG_INVALID + kzSuffix(lang), "lang", lang, "problem", problem)));
        }

        String title = title(doc);
        if (title.isEmpty()) {
            findings.add(of(PDF_TITLE_MISSING, Severity.MODERATE, url, "the PDF has no title: its window and tab "
                    + "show only the file name", "2.4.2").withText(PDF_TITLE_MISSING));
        } else if (catalog.getViewerPreferences() == null || !catalog.getViewerPreferences().displayDocTitle()) {
            findings.add(of(PDF_TITLE_NOT_SHOWN, Severity.MINOR, url, "the PDF's title \"" + title + "\" is not shown: "
                    + "without DisplayDocTitle readers show the file name instead", Map.of("title", title), "2.4.2")
                    .withText(PDF_TITLE_NOT_SHOWN, "title", title));
        }
        return new Contents("pdf", "checked", pages, title, lang, allText, findings);
    }

    private static List<COSStream> streams(COSBase contents) {
        if (contents instanceof COSStream s) return List.of(s);
        var out = new ArrayList<COSStream>();
        if (contents instanceof org.apache.pdfbox.cos.COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream s) out.add(s);
            }
        }
        return out;
    }

    /** A picture on the page itself or one form deep, read from the resources: no image is decoded. */
    private static boolean hasImage(PDPage page) {
        try {
            var resources = page.getResources();
            if (resources == null) return false;
            for (var name : resources.getXObjectNames()) {
                var x = resources.getXObject(name);
                if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) return true;
                if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form && form.getResources() != null) {
                    for (var inner : form.getResources().getXObjectNames()) {
                        if (form.getResources().isImageXObject(inner)) return true;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** The Info dictionary's title, else the XMP metadata's dc:title. */
    private static String title(PDDocument doc) {
        String info = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
        if (info != null && !info.isBlank()) return info.strip();
        try {
            var metadata = doc.getDocumentCatalog().getMetadata();
            if (metadata == null) return "";
            byte[] xmp = metadata.toByteArray();
            if (xmp.length > 1024 * 1024) return "";
            var m = XMP_TITLE.matcher(new String(xmp, StandardCharsets.UTF_8));
            return m.find() ? m.group(1).strip() : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    static String mib(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }
}
