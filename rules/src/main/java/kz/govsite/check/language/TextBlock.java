package kz.govsite.check.language;

import org.jsoup.nodes.Element;

/**
 * A run of text that reads as one unit (a heading, paragraph, list item, table cell, standalone
 * link, alt text or the title) with the element it inherits its language from.
 *
 * @param text          the text, whitespace collapsed
 * @param kind          what sort of unit it is
 * @param element       the element that holds it
 * @param langElement   the nearest element (itself or an ancestor) with a non-empty {@code lang}, or null
 * @param inMainContent whether it lies in the main content rather than navigation, header or footer
 */
public record TextBlock(String text, Kind kind, Element element, Element langElement, boolean inMainContent) {
    /** Blocks shorter than this many letters or words are not judged: detection misleads on them. */
    public static final int MIN_LETTERS = 20;
    public static final int MIN_WORDS = 3;

    /** What sort of unit a block is. */
    public enum Kind { TITLE, HEADING, PARAGRAPH, LIST_ITEM, CELL, LINK, ALT, TEXT }

    /** The {@code lang} value that applies to this block, or empty when none does. */
    public String declaredLang() {
        return langElement == null ? "" : langElement.attr("lang");
    }

    /** Whether a {@code lang} attribute below {@code <html>} marks this block's language. */
    public boolean isMarked() {
        return langElement != null && !langElement.tagName().equals("html");
    }

    public int words() {
        return Texts.words(text);
    }

    public int letters() {
        return Texts.letters(text);
    }

    /** Long enough to judge its language: at least {@value #MIN_LETTERS} letters and {@value #MIN_WORDS} words. */
    public boolean isJudgeable() {
        return letters() >= MIN_LETTERS && words() >= MIN_WORDS;
    }

    /** A CSS selector of the element that holds it. */
    public String selector() {
        return element.tagName().equals("title") ? "title" : element.cssSelector();
    }
}
