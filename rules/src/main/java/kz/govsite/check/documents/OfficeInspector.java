package kz.govsite.check.documents;

import static kz.govsite.check.documents.DocumentFindings.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.govsite.check.language.LanguageTag;
import kz.govsite.check.language.Texts;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Reads {@code .docx} and {@code .xlsx} with Apache POI: the title and language a screen reader
 * announces, alternate text of pictures, and headings in a long text. Macros and external links
 * are never run or followed; POI's zip guards refuse archives that expand out of all proportion.
 */
final class OfficeInspector {
    /** A Word text this long with no heading is a wall of text to a screen-reader user. */
    static final int LONG_TEXT_WORDS = 500;
    private static final Pattern DOC_PR = Pattern.compile("<(?:wp|xdr):(?:docPr|cNvPr)\\b([^>]*?)(/>|>(.*?)</(?:wp|xdr):(?:docPr|cNvPr)>)",
            Pattern.DOTALL);
    private static final Pattern LANG = Pattern.compile("<w:lang\\b[^>]*\\bw:val=\"([^\"]*)\"");

    static {
        // POI logs through Log4j, which complains on stderr when no backend is present: a build log is
        // no place for it. Log4j's own simple logger, at errors only, unless the user chose otherwise.
        if (System.getProperty("log4j2.provider") == null && System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j2.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
            if (System.getProperty("log4j2.simplelogLevel") == null) System.setProperty("log4j2.simplelogLevel", "OFF");
        }
        // An entry that expands over 100 times its packed size, or past 256 MB, is a zip bomb: refused.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(256L * 1024 * 1024);
    }

    private final DocumentOptions options;

    OfficeInspector(DocumentOptions options) {
        this.options = options;
    }

    Contents inspect(String url, String format, byte[] bytes, Deadline deadline) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            deadline.check();
            return format.equals("xlsx") ? xlsx(url, pkg, deadline) : docx(url, pkg, deadline);
        } catch (Deadline.Exceeded e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("Zip bomb") || why.contains("exceeds the max") || why.contains("ratio")) {
                return Contents.failed(format, "too-large", List.of(of(TOO_LARGE, Severity.MODERATE, url,
                        "the " + format + " file expands out of all proportion (a zip bomb, or a part over 256 MB): not read")
                        .withText(TOO_LARGE + ".zip-bomb", "format", format)));
            }
            return Contents.failed(format, "unreadable", List.of(PdfInspector.unreadable(url, e instanceof Exception x ? x
                    : new IOException("the file nests too deeply"))));
        }
    }

    private Contents docx(String url, OPCPackage pkg, Deadline deadline) throws Exception {
        var findings = new ArrayList<Finding>();
        try (var doc = new XWPFDocument(pkg)) {
            deadline.check();
            String title = title(doc.getProperties());
            String lang = language(pkg, doc.getProperties());
            String text;
            // The extractor would close the package with it; the pictures are read from it afterwards.
            var extractor = new XWPFWordExtractor(doc);
            extractor.setCloseFilesystem(false);
            text = extractor.getText();
            deadline.check();
            common(url, "docx", title, lang, findings, true);
            pictures(url, pkg, "/word/", findings, deadline);
            int words = Texts.words(text);
            if (words >= LONG_TEXT_WORDS && doc.getParagraphs().stream().noneMatch(p -> isHeading(doc, p))) {
                findings.add(of(OFFICE_NO_HEADINGS, Severity.MODERATE, url, "a text of " + words + " words has no "
                        + "headings (Heading styles): a screen-reader user cannot jump to its parts",
                        Map.of("words", String.valueOf(words)), "1.3.1", "2.4.6").withText(OFFICE_NO_HEADINGS, "words", words));
            }
            return new Contents("docx", "checked", 0, title, lang, text, findings);
        }
    }

    private Contents xlsx(String url, OPCPackage pkg, Deadline deadline) throws Exception {
        var findings = new ArrayList<Finding>();
        try (var wb = new XSSFWorkbook(pkg)) {
            deadline.check();
            String title = title(wb.getProperties());
            String lang = coreLanguage(wb.getProperties());
            String text;
            var extractor = new XSSFExcelExtractor(wb);
            extractor.setCloseFilesystem(false);
            extractor.setFormulasNotResults(false);
            text = extractor.getText();
            deadline.check();
            common(url, "xlsx", title, lang, findings, false);
            pictures(url, pkg, "/xl/", findings, deadline);
            return new Contents("xlsx", "checked", wb.getNumberOfSheets(), title, lang, text, findings);
        }
    }

    private static void common(String url, String format, String title, String lang, List<Finding> findings,
                               boolean languageExpected) {
        if (title.isEmpty()) {
            findings.add(of(OFFICE_TITLE_MISSING, Severity.MODERATE, url, "the " + format + " file has no title "
                    + "(File > Properties): readers show only the file name", "2.4.2").withText(OFFICE_TITLE_MISSING, "format", format));
        }
        if (languageExpected && lang.isEmpty()) {
            findings.add(of(OFFICE_LANG_MISSING, Severity.SERIOUS, url, "the " + format + " file declares no language "
                    + "for its text: a screen reader reads it with the wrong voice", "3.1.1").withText(OFFICE_LANG_MISSING, "format", format));
        } else if (!lang.isEmpty() && new LanguageTag(lang).problem().isPresent()) {
            findings.add(of(OFFICE_LANG_MISSING, Severity.SERIOUS, url, "the " + format + " file's language \"" + lang
                    + "\" is not a valid language tag: " + new LanguageTag(lang).problem().get(), Map.of("lang", lang), "3.1.1")
                    .withText(OFFICE_LANG_MISSING + ".invalid" + kzSuffix(lang), "format", format, "lang", lang,
                            "problem", new LanguageTag(lang).problem().get()));
        }
    }

    /** Pictures (drawing objects) whose description is empty and that are not marked decorative. */
    private void pictures(String url, OPCPackage pkg, String prefix, List<Finding> findings, Deadline deadline)
            throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        int pictures = 0;
        int missing = 0;
        for (PackagePart part : pkg.getParts()) {
            String name = part.getPartName().getName();
            if (!name.startsWith(prefix) || !name.endsWith(".xml")) continue;
            if (!name.contains("document") && !name.contains("drawing") && !name.contains("header") && !name.contains("footer")) continue;
            String xml = read(part);
            Matcher m = DOC_PR.matcher(xml);
            while (m.find()) {
                deadline.check();
                String attrs = m.group(1);
                String inner = m.group(3) == null ? "" : m.group(3);
                if (!isPicture(xml, m.start(), m.end())) continue;
                pictures++;
                boolean described = attr(attrs, "descr").map(OfficeInspector::isDescription).orElse(false);
                boolean decorative = inner.contains("decorative") && inner.matches("(?s).*val=\"(1|true)\".*");
                if (!described && !decorative) missing++;
            }
        }
        if (missing > 0) {
            findings.add(of(OFFICE_IMAGE_ALT, Severity.SERIOUS, url, missing + " of " + pictures
                    + " pictures have no alternate text", Map.of("occurrences", String.valueOf(missing),
                    "pictures", String.valueOf(pictures)), "1.1.1").withText(OFFICE_IMAGE_ALT, "occurrences", missing,
                    "pictures", pictures));
        }
    }

    /** Word once filled the description with the file name; that, or «Рисунок 3», describes nothing. */
    static boolean isDescription(String descr) {
        String d = descr.strip();
        return !d.isEmpty() && !d.matches("(?iu)[\\w\\-. ]+\\.(png|jpe?g|gif|bmp|emf|wmf|tiff?|svg)")
                && !d.matches("(?iu)(picture|image|рисунок|изображение|картинка|сурет)\\s*\\d*");
    }

    /**
     * Whether drawing properties belong to a picture: in Excel they sit inside the picture's
     * {@code nvPicPr}; in Word a {@code pic:pic} follows before the drawing closes.
     */
    private static boolean isPicture(String xml, int start, int from) {
        if (xml.substring(Math.max(0, start - 16), start).contains("nvPicPr>")) return true;
        int pic = xml.indexOf("<pic:pic", from);
        int end = nearest(xml, from, "</wp:inline>", "</wp:anchor>");
        return pic >= 0 && (end < 0 || pic < end);
    }

    private static int nearest(String xml, int from, String... marks) {
        int best = -1;
        for (String mark : marks) {
            int i = xml.indexOf(mark, from);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    private String read(PackagePart part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() * 10));
            return new String(b, StandardCharsets.UTF_8);
        }
    }

    private static java.util.Optional<String> attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static String title(POIXMLProperties props) {
        String t = props.getCoreProperties().getTitle();
        return t == null ? "" : t.strip();
    }

    private static String coreLanguage(POIXMLProperties props) {
        return props.getCoreProperties().getUnderlyingProperties().getLanguageProperty().orElse("").strip();
    }

    /** Word's default language (styles), else the first run language in the text, else the core property. */
    private String language(OPCPackage pkg, POIXMLProperties props)
            throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        for (String partName : List.of("/word/styles.xml", "/word/document.xml")) {
            for (PackagePart part : pkg.getParts()) {
                if (!part.getPartName().getName().equals(partName)) continue;
                Matcher m = LANG.matcher(read(part));
                if (m.find() && !m.group(1).isBlank()) return m.group(1).strip();
            }
        }
        return coreLanguage(props);
    }

    private static boolean isHeading(XWPFDocument doc, XWPFParagraph p) {
        if (p.getText().isBlank()) return false;
        var ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.getOutlineLvl() != null) return true;
        String id = p.getStyleID();
        if (id == null) return false;
        var style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        String name = style == null ? id : style.getName();
        String n = name == null ? id : name.toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("heading") || n.equals("title") || id.toLowerCase(java.util.Locale.ROOT).startsWith("heading");
    }
}
