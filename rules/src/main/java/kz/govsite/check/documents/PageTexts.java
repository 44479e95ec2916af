package kz.govsite.check.documents;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text of a PDF's first pages, with the characters counted per page, within a deadline. */
final class PageTexts extends PDFTextStripper {
    private final Deadline deadline;
    private final int[] perPage;
    private int page = -1;
    private int operators;

    PageTexts(Deadline deadline, int pages) {
        this.deadline = deadline;
        this.perPage = new int[pages];
        setSortByPosition(false);
        setStartPage(1);
        setEndPage(Math.max(1, pages));
    }

    /** The text of the pages read; a page whose content is damaged adds what could be read. */
    String read(PDDocument doc) throws IOException {
        if (perPage.length == 0) return "";
        return getText(doc);
    }

    int characters(int pageIndex) {
        return pageIndex < perPage.length ? perPage[pageIndex] : 0;
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
        page++;
        deadline.check();
        super.startPage(p);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (page >= 0 && page < perPage.length) {
            perPage[page] += (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        }
        super.writeString(text, positions);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % 256 == 0) deadline.check();
        super.processOperator(operator, operands);
    }
}
