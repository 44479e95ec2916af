package kz.govsite.check.lowvision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.report.ScoreFacts;
import kz.govsite.report.ScoreTerms;

/**
 * What the low-vision check adds to the audit's low-vision score, per checked page: <i>present</i>
 * unless {@code lowvision.toggle-missing}; <i>works</i> when present and not
 * {@code lowvision.toggle-ineffective} or {@code lowvision.bvi-cookies-rejected}; <i>persists</i> when it
 * works and has no {@code lowvision.not-persistent}, {@code lowvision.return-missing} or
 * {@code lowvision.return-ineffective}; <i>passes</i> when it works and has no other {@code lowvision.*} finding.
 */
final class LowVisionScoreTerms {
    static final Set<String> ABSENT = Set.of(LowVisionFindings.TOGGLE_MISSING);
    static final Set<String> BROKEN = Set.of(LowVisionFindings.TOGGLE_INEFFECTIVE, LowVisionFindings.BVI_COOKIES_REJECTED);
    static final Set<String> NOT_PERSISTING = Set.of(LowVisionFindings.NOT_PERSISTENT, LowVisionFindings.RETURN_MISSING,
            LowVisionFindings.RETURN_INEFFECTIVE);

    private LowVisionScoreTerms() {
    }

    static List<ScoreTerms> of(Report report) {
        List<PageResult> pages = ScoreFacts.checkedPages(report);
        Set<String> absent = ScoreFacts.urlsWith(report, ABSENT::contains);
        Set<String> broken = ScoreFacts.urlsWith(report, BROKEN::contains);
        Set<String> notPersisting = ScoreFacts.urlsWith(report, NOT_PERSISTING::contains);
        Set<String> failing = ScoreFacts.urlsWith(report, id -> id.startsWith(LowVisionFamily.ID + ".")
                && !ABSENT.contains(id) && !BROKEN.contains(id) && !NOT_PERSISTING.contains(id));
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
        var terms = new LinkedHashMap<String, Integer>();
        terms.put("pages", pages.size());
        terms.put("present", present);
        terms.put("works", works);
        terms.put("persists", persists);
        terms.put("passes", passes);
        return List.of(new ScoreTerms(ScoreTerms.LOW_VISION, terms));
    }
}
