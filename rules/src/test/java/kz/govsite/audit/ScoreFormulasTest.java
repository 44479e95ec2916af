package kz.govsite.audit;

import static kz.govsite.finding.Severity.CRITICAL;
import static kz.govsite.finding.Severity.MINOR;
import static kz.govsite.finding.Severity.MODERATE;
import static kz.govsite.finding.Severity.SERIOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreFormulasTest {
    private static ScoreCard card(TestReports r) {
        return ScoreCard.of(r.build(), ScoreWeights.equal());
    }

    @Test
    void aSiteWithoutFindingsScoresAHundredOnEveryScoreThatRan() {
        var card = card(TestReports.ran("axe", "lowvision", "parity").page("kk/", "kk").page("ru/", "ru"));
        assertEquals(100.0, card.get(ScoreKind.ACCESSIBILITY).rounded());
        assertEquals(100.0, card.get(ScoreKind.LOW_VISION).rounded());
        assertEquals(100.0, card.get(ScoreKind.PARITY).rounded());
        assertEquals(100.0, card.get(ScoreKind.OVERALL).rounded());
    }

    @Test
    void accessibilityCountsEachRuleOncePerPageAtItsWorstSeverity() {
        // p1: image-alt critical on 3 elements (10) + color-contrast serious (5) = 15; p2: label moderate (2)
        // and region minor (1) = 3; p3, p4: nothing. D = 18 / 4 = 4.5, score = 100 * 10 / 14.5 = 68.97
        var report = TestReports.ran("axe").pages(4, "ru")
                .finding("axe.image-alt", CRITICAL, "p1").finding("axe.image-alt", CRITICAL, "p1")
                .finding("axe.image-alt", SERIOUS, "p1").finding("axe.color-contrast", SERIOUS, "p1")
                .finding("axe.label", MODERATE, "p2").finding("axe.region", MINOR, "p2")
                .finding("site.http-error", SERIOUS, "p3");
        Score s = card(report).get(ScoreKind.ACCESSIBILITY);
        assertEquals(69.0, s.rounded());
        assertEquals(100 * 10 / 14.5, s.value().getAsDouble(), 1e-9);
        assertEquals(Map.of("pages", 4, "rulesBroken", 4, "cost", 18, "costPerPage", 4.5), s.basis());
    }

    @Test
    void documentsCountAsPagesInAccessibilityEachRuleOnceAtItsWorst() {
        // 2 pages with image-alt critical on p1 (10); 3 documents judged: a.pdf untagged serious (5) and
        // scanned critical (10), b.docx title missing moderate (2); c.pdf's missing counterpart and the
        // broken link are not accessibility. D = 27 / 5 = 5.4, score = 100 * 10 / 15.4
        var report = TestReports.ran("axe", "documents").pages(2, "ru")
                .finding("axe.image-alt", CRITICAL, "p1")
                .finding("documents.pdf-untagged", SERIOUS, "a.pdf").finding("documents.pdf-scanned", CRITICAL, "a.pdf")
                .finding("documents.office-title-missing", MODERATE, "b.docx")
                .finding("documents.missing-counterpart", SERIOUS, "c.pdf")
                .finding("documents.http-error", MODERATE, "d.pdf")
                .summary("documents", Map.of("byState", Map.of("checked", 2, "unreadable", 1, "http-error", 1)));
        Score s = card(report).get(ScoreKind.ACCESSIBILITY);
        assertEquals(100 * 10 / 15.4, s.value().getAsDouble(), 1e-9);
        assertEquals(Map.of("pages", 2, "documents", 3, "rulesBroken", 4, "cost", 27, "costPerPage", 5.4), s.basis());
    }

    @Test
    void documentsOnPairedPagesJoinTheParityShare() {
        // Pages: N 10, F 7, M 1. Documents: 4 pairs (1 with differing sums, 1 Kazakh file in Russian) and
        // 2 without counterpart: N += 10, F += 8 - 1, M += 2. (7 + 7 - 3 / 2) / 20 = 62.5
        var report = TestReports.ran("parity", "documents").pages(10, "ru")
                .summary("parity", Map.of("pages", Map.of("kk", 5, "ru", 5), "filled", Map.of("kk", 3, "ru", 4)))
                .summary("documents", Map.of("parity", Map.of("pairs", 4, "mismatched", 1, "missing", 2)))
                .finding("parity.numbers-mismatch", SERIOUS, "p1")
                .finding("documents.wrong-language", SERIOUS, "kk.pdf");
        Score s = card(report).get(ScoreKind.PARITY);
        assertEquals(62.5, s.value().getAsDouble(), 1e-9);
        assertEquals(Map.of("pages", 10, "filled", 7, "mismatched", 1, "documents", 10, "documentsFilled", 7,
                "documentsMismatched", 2), s.basis());
    }

    @Test
    void oneCriticalRuleOnEveryPageHalvesAccessibility() {
        var report = TestReports.ran("axe").pages(2, "ru")
                .finding("axe.image-alt", CRITICAL, "p1").finding("axe.image-alt", CRITICAL, "p2");
        assertEquals(50.0, card(report).get(ScoreKind.ACCESSIBILITY).rounded());
    }

    @Test
    void lowVisionGivesAQuarterEachForPresentWorksPersistsAndPasses() {
        // p1 perfect (4), p2 no toggle (0), p3 toggle does nothing (1), p4 not persistent (3),
        // p5 contrast fails in the mode (3): 11 of 20 = 55.
        var report = TestReports.ran("axe", "lowvision").pages(5, "ru")
                .finding("lowvision.toggle-missing", MODERATE, "p2")
                .finding("lowvision.toggle-ineffective", SERIOUS, "p3")
                .finding("lowvision.not-persistent", SERIOUS, "p4")
                .finding("lowvision.contrast", SERIOUS, "p5").finding("lowvision.contrast", MINOR, "p5");
        Score s = card(report).get(ScoreKind.LOW_VISION);
        assertEquals(55.0, s.rounded());
        assertEquals(Map.of("pages", 5, "present", 4, "works", 3, "persists", 2, "passes", 2), s.basis());
    }

    @Test
    void bviWhoseCookiesAreRejectedDoesNotWorkAndAMissingReturnDoesNotPersist() {
        var report = TestReports.ran("lowvision").pages(2, "ru")
                .finding("lowvision.bvi-cookies-rejected", SERIOUS, "p1")
                .finding("lowvision.return-missing", SERIOUS, "p2");
        // p1 present only (1), p2 present, works, passes (3): 4 of 8
        assertEquals(50.0, card(report).get(ScoreKind.LOW_VISION).rounded());
    }

    @Test
    void parityCountsUnfilledPagesAgainstAndMismatchedTwinsHalf() {
        // Without the parity check's summary: N = 6 Kazakh and Russian pages (the English page does not
        // count); kk/a misses its twin, ru/b is in the wrong language, ru/a misses its twin too, so F = 3;
        // kk/c has numbers and structure mismatches (counted once), ru/a's mismatch is already unfilled.
        // 100 * (3 - 0.5) / 6 = 41.67
        var report = TestReports.ran("parity", "language")
                .page("kk/a", "kk").page("ru/a", "ru").page("kk/b", "kk-KZ").page("ru/b", "ru")
                .page("kk/c", "kz").page("ru/c", "RU").page("en/", "en")
                .finding("parity.missing-counterpart", SERIOUS, "kk/a")
                .finding("language.wrong-language", SERIOUS, "ru/b")
                .finding("parity.numbers-mismatch", SERIOUS, "kk/c")
                .finding("parity.structure-mismatch", MODERATE, "kk/c")
                .finding("parity.missing-counterpart", SERIOUS, "ru/a")
                .finding("parity.structure-mismatch", MODERATE, "ru/a")
                .finding("parity.hreflang", MINOR, "ru/c")
                .finding("parity.missing-counterpart", SERIOUS, "en/");
        Score s = card(report).get(ScoreKind.PARITY);
        assertEquals(41.7, s.rounded());
        assertEquals(Map.of("pages", 6, "filled", 3, "mismatched", 1), s.basis());
    }

    @Test
    void parityTakesPagesAndFilledFromTheParityChecksOwnSummary() {
        // The check counted 5 Kazakh and 5 Russian pages, 3 and 4 filled (a page with no twin found at
        // all is unfilled without any finding); one filled page's twin lacks numbers.
        // 100 * (7 - 0.5) / 10 = 65
        var report = TestReports.ran("parity").pages(10, "ru")
                .summary("parity", Map.of("share", 70.0, "pages", Map.of("kk", 5, "ru", 5),
                        "filled", Map.of("kk", 3, "ru", 4)))
                .finding("parity.numbers-mismatch", SERIOUS, "p1")
                .finding("parity.missing-counterpart", SERIOUS, "p2")
                .finding("parity.structure-mismatch", MODERATE, "p2");
        Score s = card(report).get(ScoreKind.PARITY);
        assertEquals(65.0, s.rounded());
        assertEquals(Map.of("pages", 10, "filled", 7, "mismatched", 1), s.basis());
    }

    @Test
    void aParitySummaryWithNoPagesIsNotApplicable() {
        var report = TestReports.ran("parity").pages(2, "en")
                .summary("parity", Map.of("pages", Map.of(), "filled", Map.of()));
        assertEquals("no Kazakh or Russian page was checked", card(report).get(ScoreKind.PARITY).note());
    }

    @Test
    void aScoreWhoseCheckDidNotRunIsNotApplicableAndLeftOutOfOverall() {
        var report = TestReports.ran("axe").pages(2, "ru").finding("axe.image-alt", CRITICAL, "p1")
                .finding("lowvision.toggle-missing", SERIOUS, "p1");
        var card = card(report);
        assertEquals(66.7, card.get(ScoreKind.ACCESSIBILITY).rounded());
        assertNull(card.get(ScoreKind.LOW_VISION).rounded());
        assertEquals("the lowvision check did not run", card.get(ScoreKind.LOW_VISION).note());
        assertEquals("the parity check did not run", card.get(ScoreKind.PARITY).note());
        assertEquals(66.7, card.get(ScoreKind.OVERALL).rounded(), "overall is accessibility alone");
    }

    @Test
    void paritySaysWhyWhenThereIsNoKazakhOrRussianPage() {
        var card = card(TestReports.ran("parity").page("en/", "en"));
        assertEquals("no Kazakh or Russian page was checked", card.get(ScoreKind.PARITY).note());
    }

    @Test
    void overallIsTheWeightedMeanOfTheScoresThatHaveAValue() {
        // accessibility 50, low vision 25 (1 page: present only), parity 100
        var report = TestReports.ran("axe", "lowvision", "parity").page("ru/", "ru")
                .finding("axe.image-alt", CRITICAL, "ru/").finding("lowvision.toggle-ineffective", SERIOUS, "ru/");
        assertEquals(58.3, ScoreCard.of(report.build(), ScoreWeights.equal()).get(ScoreKind.OVERALL).rounded());
        var weighted = ScoreWeights.parse("accessibility=2, lowVision=1, parity=0");
        // (2 * 50 + 25) / 3 = 41.67; parity's weight 0 leaves it out
        Score overall = ScoreCard.of(report.build(), weighted).get(ScoreKind.OVERALL);
        assertEquals(41.7, overall.rounded());
        assertEquals(Map.of("accessibilityWeight", 2.0, "lowVisionWeight", 1.0), overall.basis());
    }

    @Test
    void nothingRanMeansNoOverallScore() {
        var card = card(TestReports.ran().page("ru/", "ru"));
        assertNull(card.get(ScoreKind.OVERALL).rounded());
        assertEquals("no score could be computed", card.get(ScoreKind.OVERALL).note());
    }
}
