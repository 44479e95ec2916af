package kz.govsite.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Crops around an element and frames it, on a plain white "page" with a grey "image" at a known place. */
class OutlineTest {
    private static BufferedImage page(int width, int height) {
        var img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.GRAY);
        g.fillRect(100, 200, 50, 40);
        g.dispose();
        return img;
    }

    @Test
    void cropsTheElementWithItsSurroundingsAndFramesIt() {
        var png = Outline.crop(page(1280, 1024), new Rectangle(100, 200, 50, 40)).orElseThrow();
        var crop = Outline.read(png);
        assertEquals(50 + 2 * Outline.MARGIN, crop.getWidth());
        assertEquals(40 + 2 * Outline.MARGIN, crop.getHeight());
        // The element itself is untouched, the frame sits 3 px outside it.
        assertEquals(Color.GRAY.getRGB(), crop.getRGB(Outline.MARGIN + 25, Outline.MARGIN + 20));
        assertEquals(0xFFC8005A, crop.getRGB(Outline.MARGIN - 3, Outline.MARGIN + 20));
        assertEquals(Color.WHITE.getRGB(), crop.getRGB(1, 1));
    }

    @Test
    void aHugeElementShowsItsTopLeftCornerAndAnElementOffThePictureNothing() {
        var crop = Outline.read(Outline.crop(page(1280, 1024), new Rectangle(0, 0, 1280, 3000)).orElseThrow());
        assertEquals(Outline.MAX_WIDTH, crop.getWidth());
        assertEquals(Outline.MAX_HEIGHT, crop.getHeight());
        assertTrue(Outline.crop(page(300, 300), new Rectangle(400, 400, 10, 10)).isEmpty());
        assertTrue(Outline.crop(page(300, 300), new Rectangle(10, 10, 0, 10)).isEmpty());
        assertEquals(null, Outline.read(new byte[] {1, 2, 3}));
    }
}
