package kz.govsite.check.lowvision;

import java.util.List;
import java.util.Map;

/**
 * What one look at the page measured: sizes, colours, content and the marks a mode leaves.
 *
 * @param url             where the browser was
 * @param baseFontPx      the font size most of the visible text is set in
 * @param color           the colour most of the visible text is set in
 * @param background      the background most of the visible text stands on
 * @param imageStates     how each image is shown (visibility, filter, opacity), to tell a mode that restyles images
 * @param htmlClasses     classes on {@code <html>}
 * @param bodyClasses     classes on {@code <body>}
 * @param markers         the known plugin markers present
 * @param tokens          distinct words of the visible text, plugin controls left out
 * @param onPurposeTokens words only found in content the site marks to be hidden in the mode
 * @param links           visible link targets
 * @param onPurposeLinks  link targets only found in content marked to be hidden in the mode
 * @param images          visible images that have alt text
 * @param onPurposeImages such images in content marked to be hidden in the mode
 * @param texts           visible elements with text of their own
 * @param panelText       the visible text of a plugin's panel
 * @param cookies         {@code document.cookie}
 * @param bvi             the bvi generation on the page: {@code 1.0}, {@code jquery} or empty
 * @param scrollWidth     the document's scroll width
 * @param innerWidth      the viewport's width
 * @param innerHeight     the viewport's height
 * @param palette         characters of visible text per "colour on background", the 30 commonest
 */
public record PageState(String url, double baseFontPx, String color, String background, String imageStates,
                        List<String> htmlClasses, List<String> bodyClasses, List<String> markers,
                        List<String> tokens, List<String> onPurposeTokens, List<String> links,
                        List<String> onPurposeLinks, List<Image> images, List<Image> onPurposeImages,
                        List<TextSample> texts, String panelText, String cookies, String bvi, int scrollWidth,
                        int innerWidth, int innerHeight, Map<String, Integer> palette) {

    public PageState {
        url = url == null ? "" : url;
        color = color == null ? "" : color;
        background = background == null ? "" : background;
        imageStates = imageStates == null ? "" : imageStates;
        htmlClasses = copy(htmlClasses);
        bodyClasses = copy(bodyClasses);
        markers = copy(markers);
        tokens = copy(tokens);
        onPurposeTokens = copy(onPurposeTokens);
        links = copy(links);
        onPurposeLinks = copy(onPurposeLinks);
        images = copy(images);
        onPurposeImages = copy(onPurposeImages);
        texts = copy(texts);
        panelText = panelText == null ? "" : panelText;
        cookies = cookies == null ? "" : cookies;
        bvi = bvi == null ? "" : bvi;
        palette = palette == null ? Map.of() : Map.copyOf(palette);
    }

    /** Classes on {@code <html>} and {@code <body>} together, each prefixed with its element. */
    public List<String> rootClasses() {
        var out = new java.util.ArrayList<String>();
        htmlClasses.forEach(c -> out.add("html." + c));
        bodyClasses.forEach(c -> out.add("body." + c));
        return out;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** An image and its alternative text. */
    public record Image(String src, String alt) {
    }
}
