package kz.govsite.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Cuts an element's surroundings out of a screenshot and draws a frame around the element, the way
 * people mark a picture by hand: a dark and a bright line, visible on light and dark pages alike.
 */
public final class Outline {
    /** Context shown around the element, in screenshot pixels. */
    static final int MARGIN = 24;
    /** Largest crop: a whole-page element shows its top left corner. */
    static final int MAX_WIDTH = 800;
    static final int MAX_HEIGHT = 450;
    private static final Color OUTER = new Color(0xC8, 0x00, 0x5A);
    private static final Color INNER = Color.WHITE;

    private Outline() {
    }

    /** Decodes a PNG screenshot; null when it is not one. */
    public static BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The part of {@code shot} around {@code box} (in the screenshot's pixels) with the box framed,
     * as PNG bytes; empty when the box lies outside the picture or has no area.
     */
    public static java.util.Optional<byte[]> crop(BufferedImage shot, Rectangle box) {
        Rectangle element = box.intersection(new Rectangle(0, 0, shot.getWidth(), shot.getHeight()));
        if (element.isEmpty() || element.width < 1 || element.height < 1) return java.util.Optional.empty();
        int x = Math.max(0, element.x - MARGIN);
        int y = Math.max(0, element.y - MARGIN);
        int w = Math.min(Math.min(shot.getWidth() - x, element.x + element.width + MARGIN - x), MAX_WIDTH);
        int h = Math.min(Math.min(shot.getHeight() - y, element.y + element.height + MARGIN - y), MAX_HEIGHT);
        var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(shot.getSubimage(x, y, w, h), 0, 0, null);
            int ex = element.x - x;
            int ey = element.y - y;
            // Frame just outside the element, so that its own edge stays visible.
            g.setColor(OUTER);
            g.setStroke(new BasicStroke(3));
            g.drawRect(ex - 3, ey - 3, element.width + 5, element.height + 5);
            g.setColor(INNER);
            g.setStroke(new BasicStroke(1));
            g.drawRect(ex - 5, ey - 5, element.width + 9, element.height + 9);
        } finally {
            g.dispose();
        }
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Optional.of(bytes.toByteArray());
    }
}
