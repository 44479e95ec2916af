package kz.govsite.report.pictures;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.govsite.internal.Html;
import kz.govsite.page.PageResult;
import kz.govsite.pictures.ElementPictures;

/**
 * The pictures a run left in its output folder, as report.json's pages name them: each page's
 * normal and low-vision screenshots and colour schemes, and its outlined elements. Only relative
 * paths inside the output folder are taken.
 */
final class PictureIndex {
    /** A page's two screenshots (either may be null) and the colour schemes checked, name to contrast failures. */
    record Shots(String normal, String lowVision, Map<String, Integer> schemes) {
    }

    private final Map<String, PageResult> pages = new HashMap<>();
    private final Map<String, Shots> shots = new HashMap<>();
    private final Map<String, String> elements = new HashMap<>();

    PictureIndex(List<PageResult> results) {
        for (PageResult p : results) {
            pages.put(p.url(), p);
            if (p.data().get("lowVision") instanceof Map<?, ?> lv) {
                String normal = null, mode = null;
                if (lv.get("screenshots") instanceof Map<?, ?> s) {
                    normal = path(s.get("normal"));
                    mode = path(s.get("lowVision"));
                }
                var schemes = new java.util.LinkedHashMap<String, Integer>();
                if (lv.get("schemes") instanceof List<?> list) {
                    for (Object o : list) {
                        if (o instanceof Map<?, ?> m && m.get("name") instanceof String name) {
                            schemes.put(name, m.get("contrastFailures") instanceof Number n ? n.intValue() : 0);
                        }
                    }
                }
                if (normal != null || mode != null) shots.put(p.url(), new Shots(normal, mode, schemes));
            }
            if (p.data().get(ElementPictures.KEY) instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> m && m.get("check") instanceof String check
                            && m.get("selector") instanceof String selector && path(m.get("file")) != null) {
                        elements.put(key(p.url(), check, selector), path(m.get("file")));
                    }
                }
            }
        }
    }

    /** The outlined picture of one element failing one rule on one page. */
    Optional<String> element(String url, String check, String selector) {
        return Optional.ofNullable(elements.get(key(url, check, selector)));
    }

    Optional<Shots> shots(String url) {
        return Optional.ofNullable(shots.get(url));
    }

    Map<String, Shots> allShots() {
        return shots;
    }

    /** The page's title, or its path when it has none: what alternative texts name a page by. */
    String pageName(String url) {
        PageResult p = pages.get(url);
        if (p != null && !p.title().isBlank()) return p.title().strip();
        try {
            String path = URI.create(url).getPath();
            return path == null || path.isEmpty() ? url : path;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    String lang(String url) {
        PageResult p = pages.get(url);
        return p == null ? "" : p.lang();
    }

    private static String key(String url, String check, String selector) {
        return url + "\u001f" + check + "\u001f" + selector;
    }

    private static String path(Object value) {
        return value instanceof String s ? Html.safeRelativePath(s) : null;
    }
}
