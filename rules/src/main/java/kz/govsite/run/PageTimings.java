package kz.govsite.run;

import java.util.Map;
import java.util.TreeMap;
import kz.govsite.page.PageResult;

/** Milliseconds each check family spent on a page, kept in the page's data under {@value #KEY}. */
final class PageTimings {
    static final String KEY = "timings";

    private PageTimings() {
    }

    /** The result with {@code more} added to its timings and their sum to its {@code checkMs}. */
    static PageResult add(PageResult result, Map<String, Long> more) {
        if (more.isEmpty()) return result;
        var timings = new TreeMap<String, Long>();
        if (result.data().get(KEY) instanceof Map<?, ?> known) {
            known.forEach((k, v) -> timings.put(String.valueOf(k), ((Number) v).longValue()));
        }
        long extra = 0;
        for (var e : more.entrySet()) {
            timings.merge(e.getKey(), e.getValue(), Long::sum);
            extra += e.getValue();
        }
        var data = new TreeMap<>(result.data());
        data.put(KEY, timings);
        return new PageResult(result.url(), result.status(), result.kind(), result.title(), result.lang(),
                result.loadMs(), result.checkMs() + extra, result.error(), data);
    }
}
