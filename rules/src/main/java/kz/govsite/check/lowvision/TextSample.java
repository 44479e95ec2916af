package kz.govsite.check.lowvision;

/**
 * One visible element with text of its own, as measured in one state of the page.
 *
 * @param key        tag and the start of its own text: the same element in both modes, even after a reload
 * @param selector   a CSS path to it in the state it was measured in
 * @param px         computed font size
 * @param color      computed text colour
 * @param background the first background colour behind it, or {@code image}
 * @param weight     computed font weight
 * @param text       the start of its own text
 */
public record TextSample(String key, String selector, double px, String color, String background, String weight,
                         String text) {

    /**
     * Whether a contrast failure of this element (in the mode) must have failed in {@code normal}
     * too: same colours, and text no larger or bolder there, since larger and bolder text only
     * lowers the ratio axe asks for.
     */
    public boolean contrastFailsIn(TextSample normal) {
        return normal != null && key.equals(normal.key) && color.equals(normal.color)
                && background.equals(normal.background) && px + 0.05 >= normal.px
                && weightOf(weight) >= weightOf(normal.weight);
    }

    private static int weightOf(String weight) {
        try {
            return Integer.parseInt(weight.strip());
        } catch (NumberFormatException e) {
            return "bold".equalsIgnoreCase(weight) ? 700 : 400;
        }
    }
}
