package kz.govsite.audit;

import java.util.LinkedHashMap;
import java.util.Set;
import kz.govsite.check.lowvision.LowVisionFamily;
import kz.govsite.page.PageResult;

/**
 * The low-vision score: on how many pages the version for the visually impaired is present, works,
 * persists, and passes its checks, each worth a quarter.
 *
 * <p>Per checked page: <i>present</i> unless {@code lowvision.toggle-missing}; <i>works</i> when present
 * and not {@code lowvision.toggle-ineffective} or {@code lowvision.bvi-cookies-rejected};
 * <i>persists</i> when it works and has no {@code lowvision.not-persistent},
 * {@code lowvision.return-missing} or {@code lowvision.return-ineffective}; <i>passes</i> when it works
 * and has no other {@code lowvision.*} finding. The score is
 * {@code 100 * (present + works + persists + passes) / (4 * pages)}.
 */
final class LowVisionScore {
    static final Set<String> ABSENT = Set.of("lowvision.toggle-missing");
    static final Set<String> BROKEN = Set.of("lowvision.toggle-ineffective", "lowvision.bvi-cookies-rejected");
    static final Set<String> NOT_PERSISTING = Set.of("lowvision.not-persistent", "lowvision.return-missing",
            "lowvision.return-ineffective");

    private LowVisionScore() {
    }

    static Score of(ScoreInputs in) {
        if (!in.ran(LowVisionFamily.ID)) return Score.notApplicable(ScoreKind.LOW_VISION, "the lowvision check did not run");
        var pages = in.pages();
        if (pages.isEmpty()) return Score.notApplicable(ScoreKind.LOW_VISION, "no page was checked");
        Set<String> absent = in.urlsWith(ABSENT::contains);
        Set<String> broken = in.urlsWith(BROKEN::contains);
        Set<String> notPersisting = in.urlsWith(NOT_PERSISTING::contains);
        Set<String> failing = in.urlsWith(id -> id.startsWith("lowvision.") && !ABSENT.contains(id)
                && !BROKEN.contains(id) && !NOT_PERSISTING.contains(id));
        int present = 0;
        int works = 0;
        int persists = 0;
        int passes = 0;
        for (PageResult page : pages) {
            String url = page.url();
            if (absent.contains(url)) continue;
            present++;
            if (broken.contains(url)) continue;
            works++;
            if (!notPersisting.contains(url)) persists++;
            if (!failing.contains(url)) passes++;
        }
        var basis = new LinkedHashMap<String, Number>();
        basis.put("pages", pages.size());
        basis.put("present", present);
        basis.put("works", works);
        basis.put("persists", persists);
        basis.put("passes", passes);
        return Score.of(ScoreKind.LOW_VISION, 100.0 * (present + works + persists + passes) / (4.0 * pages.size()),
                basis);
    }
}
