package kz.govsite.audit;

import static kz.govsite.finding.Severity.CRITICAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RankingTest {
    static final Instant JAN = Instant.parse("2026-01-10T08:00:00Z");
    static final Instant FEB = Instant.parse("2026-02-10T08:00:00Z");
    static final Instant MAR = Instant.parse("2026-03-10T08:00:00Z");

    static SiteEntry entry(String id) {
        return new SiteEntry(id, id + " kk", id + " ru", List.of("https://" + id + ".gov.kz/"), null, null,
                OptionalInt.empty(), List.of(), null, null);
    }

    /** A site whose only score is accessibility: {@code critical} of its 2 pages break image-alt. */
    static SiteResult scored(String id, int critical) {
        var r = TestReports.ran("axe").pages(2, "ru");
        for (int i = 1; i <= critical; i++) r.finding("axe.image-alt", CRITICAL, "p" + i);
        var report = r.build();
        return SiteResult.scored(entry(id), report, ScoreCard.of(report, ScoreWeights.equal()), 5, "sites/" + id + "/report.json");
    }

    static SiteResult down(String id) {
        return SiteResult.failed(entry(id), null, "the start URL cannot be reached: https://" + id + ".gov.kz/", 5, "");
    }

    static HistoryEntry past(Instant at, Map<String, Double> overall) {
        var sites = new java.util.LinkedHashMap<String, HistoryEntry.Site>();
        overall.forEach((id, v) -> sites.put(id, new HistoryEntry.Site(
                v == null ? Map.of() : Map.of(ScoreKind.OVERALL, v, ScoreKind.ACCESSIBILITY, v), 2, v == null ? "down" : "")));
        return new HistoryEntry(at, ScoreCard.SCORE_VERSION, sites);
    }

    @Test
    void lowestOverallFirstThenSitesThatCouldNotBeAudited() {
        var ranking = Ranking.rank(List.of(down("zzz"), scored("good", 0), scored("bad", 2), scored("half", 1),
                down("aaa")), List.of(), MAR);
        assertEquals(List.of("bad", "half", "good", "aaa", "zzz"), ranking.stream().map(RankedSite::id).toList());
        assertEquals(1, ranking.get(0).rank());
        assertEquals(3, ranking.get(2).rank());
        assertNull(ranking.get(3).rank(), "a site that was not audited has no rank");
        assertEquals(50.0, ranking.get(0).result().score(ScoreKind.OVERALL));
        assertEquals(66.7, ranking.get(1).result().score(ScoreKind.OVERALL));
    }

    @Test
    void changeIsAgainstTheLatestEarlierAuditPerScore() {
        var history = List.of(past(JAN, Map.of("half", 40.0)), past(FEB, Map.of("half", 50.0, "bad", 60.0)));
        var ranking = Ranking.rank(List.of(scored("half", 1), scored("bad", 2), scored("new", 0)), history, MAR);
        RankedSite half = ranking.stream().filter(s -> s.id().equals("half")).findFirst().orElseThrow();
        assertEquals(16.7, half.change(ScoreKind.OVERALL));
        assertEquals(16.7, half.change(ScoreKind.ACCESSIBILITY));
        assertNull(half.change(ScoreKind.PARITY), "no value on either side: no change");
        RankedSite bad = ranking.get(0);
        assertEquals(-10.0, bad.change(ScoreKind.OVERALL));
        RankedSite fresh = ranking.stream().filter(s -> s.id().equals("new")).findFirst().orElseThrow();
        assertEquals(Map.of(), fresh.change(), "a site new to the registry has nothing to compare with");
    }

    @Test
    void trendListsTheOverallScoreOfEveryAuditThatScoredTheSiteOldestFirst() {
        var history = new java.util.ArrayList<HistoryEntry>();
        history.add(past(JAN, Map.of("half", 40.0)));
        var downInFeb = new java.util.HashMap<String, Double>();
        downInFeb.put("half", null);
        history.add(past(FEB, downInFeb));
        var ranking = Ranking.rank(List.of(scored("half", 1)), history, MAR);
        assertEquals(List.of(new TrendPoint(JAN, 40.0), new TrendPoint(MAR, 66.7)), ranking.get(0).trend());
        assertEquals(Map.of(), ranking.get(0).change(), "the previous audit could not score it");
    }

    @Test
    void auditsScoredWithOtherFormulasAreNotCompared() {
        var old = new HistoryEntry(FEB, ScoreCard.SCORE_VERSION - 1,
                Map.of("half", new HistoryEntry.Site(Map.of(ScoreKind.OVERALL, 10.0), 2, "")));
        var ranking = Ranking.rank(List.of(scored("half", 1)), List.of(old), MAR);
        assertEquals(Map.of(), ranking.get(0).change());
        assertEquals(List.of(new TrendPoint(MAR, 66.7)), ranking.get(0).trend());
    }

    @Test
    void aTrendKeepsTheLastTwelveAudits() {
        var history = new java.util.ArrayList<HistoryEntry>();
        for (int i = 0; i < 20; i++) history.add(past(JAN.plusSeconds(86_400L * i), Map.of("half", (double) i)));
        var trend = Ranking.rank(List.of(scored("half", 1)), history, MAR).get(0).trend();
        assertEquals(12, trend.size());
        assertEquals(9.0, trend.get(0).overall());
        assertEquals(66.7, trend.get(11).overall());
    }

    @Test
    void theVerdictFailsOnlyOnConfiguredRules() {
        var ranking = Ranking.rank(List.of(scored("bad", 2), scored("good", 0), down("gone")), List.of(), MAR);
        var none = AuditVerdict.of(ranking, java.util.OptionalDouble.empty(), false);
        assertEquals(false, none.fails());
        assertEquals("passed: no failing rule is configured (govsite.auditFailBelow)", none.summary());
        var below = AuditVerdict.of(ranking, java.util.OptionalDouble.of(60), false);
        assertEquals("1 site fails the audit: bad scores 50.0 overall, below 60", below.summary());
        var passing = AuditVerdict.of(ranking, java.util.OptionalDouble.of(50), false);
        assertEquals("passed: no site below 50 overall", passing.summary());
        var errors = AuditVerdict.of(ranking, java.util.OptionalDouble.of(60), true);
        assertEquals(List.of("bad scores 50.0 overall, below 60",
                "gone could not be audited: the start URL cannot be reached: https://gone.gov.kz/"), errors.reasons());
    }

    @Test
    void aFailedSiteKeepsItsErrorAndNoScore() {
        SiteResult r = down("gone");
        assertNull(r.score(ScoreKind.OVERALL));
        assertEquals(0, r.pages());
        var blocked = TestReports.ran("axe").error("", 403, "HTTP 403").build();
        assertEquals("no page could be checked: http://site.test/ gave HTTP 403", SiteAuditor.noPageChecked(blocked));
        assertEquals("no page could be checked", SiteAuditor.noPageChecked(TestReports.ran("axe").build()));
    }
}
