package kz.govsite.check.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Documents written by the tests themselves, with PDFBox and POI: tagged and untagged PDFs, scans,
 * PDFs with and without /Lang and title, Word and Excel files with and without alternate text, and
 * hostile files (damaged, encrypted, inflating out of proportion).
 */
public final class TestDocuments {
    private static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"));

    private TestDocuments() {
    }

    public static Pdf pdf() {
        return new Pdf();
    }

    public static Docx docx() {
        return new Docx();
    }

    /** A PDF as a ministry publishes one; every property the rules read can be set or left out. */
    public static final class Pdf {
        private String lang;
        private String title;
        private boolean showTitle;
        private boolean tagged;
        private final List<String> figures = new ArrayList<>();
        private final List<String> lines = new ArrayList<>();
        private boolean scanned;
        private String userPassword;
        private long inflatesTo;

        public Pdf lang(String value) { lang = value; return this; }

        public Pdf title(String value, boolean shown) { title = value; showTitle = shown; return this; }

        public Pdf tagged() { tagged = true; return this; }

        /** A tagged figure with this alternate text, or none when null. */
        public Pdf figure(String alt) { figures.add(alt); return this; }

        public Pdf text(List<String> value) { lines.addAll(value); return this; }

        /** Pages that are only a picture of text. */
        public Pdf scanned() { scanned = true; return this; }

        public Pdf password(String user) { userPassword = user; return this; }

        /** A page whose content stream inflates to this many bytes of nothing. */
        public Pdf inflating(long bytes) { inflatesTo = bytes; return this; }

        /** The clean document: tagged, in Kazakh, titled and showing its title. */
        public static Pdf clean(List<String> text) {
            return new Pdf().tagged().lang("kk-KZ").title("Бұйрық", true).figure("Министрліктің логотипі").text(text);
        }

        public byte[] bytes() {
            try (var doc = new PDDocument()) {
                var catalog = doc.getDocumentCatalog();
                if (scanned) {
                    scanPage(doc);
                } else if (inflatesTo > 0) {
                    bombPage(doc, inflatesTo);
                } else {
                    textPages(doc, lines);
                }
                if (tagged) {
                    var root = new PDStructureTreeRoot();
                    catalog.setStructureTreeRoot(root);
                    var document = new PDStructureElement("Document", root);
                    root.appendKid(document);
                    document.appendKid(new PDStructureElement("P", document));
                    for (String alt : figures) {
                        var figure = new PDStructureElement("Figure", document);
                        if (alt != null) figure.setAlternateDescription(alt);
                        document.appendKid(figure);
                    }
                    var mark = new PDMarkInfo();
                    mark.setMarked(true);
                    catalog.setMarkInfo(mark);
                }
                if (lang != null) catalog.setLanguage(lang);
                if (title != null) doc.getDocumentInformation().setTitle(title);
                if (showTitle) {
                    var prefs = new PDViewerPreferences(new COSDictionary());
                    prefs.setDisplayDocTitle(true);
                    catalog.setViewerPreferences(prefs);
                }
                if (userPassword != null) {
                    var policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                    policy.setEncryptionKeyLength(128);
                    doc.protect(policy);
                }
                var out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void textPages(PDDocument doc, List<String> lines) throws IOException {
        var font = PDType0Font.load(doc, font().toFile());
        int perPage = 45;
        for (int from = 0; from == 0 || from < lines.size(); from += perPage) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 10);
                cs.newLineAtOffset(40, 800);
                for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -16);
                }
                cs.endText();
            }
        }
    }

    private static void scanPage(PDDocument doc) throws IOException {
        var image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 280);
        g.setColor(Color.BLACK);
        for (int y = 20; y < 260; y += 8) g.drawLine(15, y, 185, y);
        g.dispose();
        for (int i = 0; i < 2; i++) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            var picture = LosslessFactory.createFromImage(doc, image);
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
        }
    }

    private static void bombPage(PDDocument doc, long bytes) throws IOException {
        var page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream raw = stream.createRawOutputStream();
             var deflate = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] spaces = new byte[64 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < bytes; written += spaces.length) deflate.write(spaces);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        page.setContents(new PDStream(stream));
    }

    /** A Word file; everything the rules read can be set or left out. */
    public static final class Docx {
        private String title;
        private String lang;
        private final List<Object[]> blocks = new ArrayList<>();

        public Docx title(String value) { title = value; return this; }

        public Docx lang(String value) { lang = value; return this; }

        public Docx heading(String text) { blocks.add(new Object[] {"h", text}); return this; }

        public Docx paragraphs(List<String> text) { text.forEach(t -> blocks.add(new Object[] {"p", t})); return this; }

        /** A picture with this alternate text, or none when null. */
        public Docx picture(String alt) { blocks.add(new Object[] {"img", alt}); return this; }

        public byte[] bytes() {
            try (var doc = new XWPFDocument()) {
                if (title != null) doc.getProperties().getCoreProperties().setTitle(title);
                if (lang != null) doc.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(lang);
                for (Object[] b : blocks) {
                    var p = doc.createParagraph();
                    switch ((String) b[0]) {
                        case "h" -> {
                            p.setStyle("Heading1");
                            p.createRun().setText((String) b[1]);
                        }
                        case "p" -> p.createRun().setText((String) b[1]);
                        default -> {
                            var run = p.createRun();
                            run.addPicture(new ByteArrayInputStream(png()), Document.PICTURE_TYPE_PNG, "image1.png",
                                    Units.toEMU(60), Units.toEMU(40));
                            var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
                            if (b[1] == null) {
                                if (docPr.isSetDescr()) docPr.unsetDescr();
                            } else {
                                docPr.setDescr((String) b[1]);
                            }
                        }
                    }
                }
                var out = new ByteArrayOutputStream();
                doc.write(out);
                return out.toByteArray();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An Excel file with a title or not, and a picture without alternate text. */
    public static byte[] xlsx(String title, boolean pictureWithoutAlt) {
        try (var wb = new XSSFWorkbook()) {
            if (title != null) wb.getProperties().getCoreProperties().setTitle(title);
            var sheet = wb.createSheet("Бюджет");
            sheet.createRow(0).createCell(0).setCellValue("Статья расходов");
            sheet.getRow(0).createCell(1).setCellValue(1250000);
            if (pictureWithoutAlt) {
                int idx = wb.addPicture(png(), XSSFWorkbook.PICTURE_TYPE_PNG);
                var drawing = sheet.createDrawingPatriarch();
                var picture = drawing.createPicture(drawing.createAnchor(0, 0, 0, 0, 3, 3, 5, 8), idx);
                var props = picture.getCTPicture().getNvPicPr().getCNvPr();
                if (props.isSetDescr()) props.unsetDescr();
            }
            var out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx whose document part inflates a thousand times over: a zip bomb in miniature. */
    public static byte[] zipBombDocx(int megabytes) {
        try {
            var out = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(out)) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes());
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                byte[] spaces = new byte[1024 * 1024];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < megabytes; i++) zip.write(spaces);
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes that start like a PDF and then are nothing of the kind. */
    public static byte[] damagedPdf() {
        return ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n" + "\u0000garbage".repeat(200))
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The start of an old binary Word file (OLE2 compound document). */
    public static byte[] legacyDoc() {
        byte[] b = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    static byte[] png() {
        try {
            var image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path font() {
        return FONTS.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new IllegalStateException(
                "the document tests need a TrueType font with Cyrillic letters: install fonts-dejavu-core"));
    }
}
