package kz.govsite.audit;

import static kz.govsite.finding.Severity.CRITICAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditWritersTest {
    @TempDir
    Path dir;

    static final String EVIL = "<script>alert(1)</script> \"Ведомство\", =HYPERLINK(\"x\")";

    /** Three sites: one with a hostile name, one plain, one down; an earlier audit to compare with. */
    static AuditResult result(String language, OptionalDouble failBelow) {
        var evil = new SiteEntry("evil", "Зиянды", EVIL, List.of("https://evil.gov.kz/"), null, null,
                OptionalInt.empty(), List.of(), null, null);
        var report = TestReports.ran("axe", "lowvision").pages(2, "ru")
                .finding("axe.image-alt", CRITICAL, "p1").finding("lowvision.toggle-missing", CRITICAL, "p1").build();
        var evilResult = SiteResult.scored(evil, report, ScoreCard.of(report, ScoreWeights.equal()), 5,
                "sites/evil/report.json");
        var down = SiteResult.failed(RankingTest.entry("gone"), null, "start URL <b>down</b>", 5, "");
        var history = List.of(RankingTest.past(RankingTest.FEB, Map.of("evil", 70.0, "half", 50.0)));
        var ranking = Ranking.rank(List.of(down, evilResult, RankingTest.scored("half", 1)), history, RankingTest.MAR);
        var settings = new AuditSettings(Path.of("out"), Path.of("history"), 2, ScoreWeights.equal(), failBelow, false);
        return new AuditResult("9.9", RankingTest.MAR, 1234, Path.of("agencies.yaml"), settings,
                List.of("axe", "lowvision"), language, ranking, RankingTest.FEB,
                AuditVerdict.of(ranking, failBelow, false), Map.of());
    }

    @Test
    void csvHasOneRowPerSiteInRankingOrderAndDefusesFormulas() {
        String csv = AuditCsvWriter.toCsv(result("ru", OptionalDouble.empty()));
        assertEquals(String.join("\r\n",
                "rank,id,name_kk,name_ru,status,overall,accessibility,lowVision,parity,overall_change,"
                        + "accessibility_change,lowVision_change,parity_change,pages,findings,error,report",
                // evil: accessibility 100*10/(10+10/2) = 66.7, low vision (0 + 4) / 8 = 50, overall 58.3
                "1,evil,Зиянды,\"<script>alert(1)</script> \"\"Ведомство\"\", =HYPERLINK(\"\"x\"\")\",scored,58.3,66.7,"
                        + "50.0,n/a,-11.7,-3.3,,,2,2,,sites/evil/report.json",
                "2,half,half kk,half ru,scored,66.7,66.7,n/a,n/a,16.7,16.7,,,2,1,,sites/half/report.json",
                ",gone,gone kk,gone ru,error,,,,,,,,,0,0,start URL <b>down</b>,", ""), csv);
        assertEquals("'=SUM(A1)", AuditCsvWriter.text("=SUM(A1)"));
        assertEquals("\"'-1,5\"", AuditCsvWriter.text("-1,5"));
    }

    @Test
    void csvFileStartsWithAByteOrderMarkForSpreadsheets() throws Exception {
        Path file = new AuditCsvWriter().write(result("ru", OptionalDouble.empty()), dir);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("Зиянды"));
    }

    @Test
    void jsonCarriesScoresBasisChangeTrendAndVerdict() throws Exception {
        Path file = new AuditJsonWriter().write(result("en", OptionalDouble.of(60)), dir);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals(ScoreCard.SCORE_VERSION, root.get("scoreVersion").asInt());
        assertEquals("2026-03-10T08:00:00Z", root.get("auditedAt").asText());
        assertEquals("2026-02-10T08:00:00Z", root.get("previousAudit").asText());
        assertEquals(List.of("evil", "half", "gone"), root.get("sites").findValuesAsText("id"));
        JsonNode evil = root.get("sites").get(0);
        assertEquals(1, evil.get("rank").asInt());
        assertEquals("scored", evil.get("status").asText());
        assertEquals(EVIL, evil.get("name").get("ru").asText());
        assertEquals(58.3, evil.get("scores").get("overall").asDouble());
        assertTrue(evil.get("scores").get("parity").isNull());
        assertEquals("the parity check did not run", evil.get("notApplicable").get("parity").asText());
        assertEquals(10, evil.get("basis").get("accessibility").get("cost").asInt());
        assertEquals(1, evil.get("basis").get("lowVision").get("present").asInt());
        assertEquals(-11.7, evil.get("change").get("overall").asDouble());
        assertEquals(2, evil.get("trend").size());
        assertEquals(70.0, evil.get("trend").get(0).get("overall").asDouble());
        assertEquals("sites/evil/report.json", evil.get("report").asText());
        JsonNode gone = root.get("sites").get(2);
        assertTrue(gone.get("rank").isNull());
        assertEquals("error", gone.get("status").asText());
        assertEquals("start URL <b>down</b>", gone.get("error").asText());
        assertTrue(gone.get("scores").get("overall").isNull());
        assertEquals(true, root.get("verdict").get("fails").asBoolean());
        assertEquals(List.of("evil scores 58.3 overall, below 60"),
                List.of(root.get("verdict").get("reasons").get(0).asText()));
    }

    @Test
    void htmlEscapesEverythingFromTheRegistryAndTheSites() {
        String html = AuditHtmlWriter.render(result("ru", OptionalDouble.empty()));
        assertFalse(html.contains("<script>alert(1)"), "the registry's name is text, not markup");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;Ведомство&quot;"));
        assertFalse(html.contains("<b>down</b>"));
        assertTrue(html.contains("start URL &lt;b&gt;down&lt;/b&gt;"));
        assertEquals(1, html.split("<script>", -1).length - 1, "only the sorting script");
        assertFalse(html.contains("src="), "nothing is loaded from elsewhere");
    }

    @Test
    void htmlShowsScoresNotApplicableChangesAndTrendsInTheReportLanguage() {
        String ru = AuditHtmlWriter.render(result("ru", OptionalDouble.empty()));
        assertTrue(ru.startsWith("<!doctype html>\n<html lang=\"ru\">"));
        assertTrue(ru.contains("<h1>Аудит сайтов государственных органов</h1>"));
        assertTrue(ru.contains("<span class=\"score mid\">58.3</span><span class=\"delta down\"><span aria-hidden=\"true\">"
                + "\u25BC </span><span class=\"sr\">изменение с прошлого аудита: </span>\u221211.7</span>"));
        assertTrue(ru.contains("<span class=\"na\" title=\"the parity check did not run\">н/д</span>"));
        assertTrue(ru.contains("<p class=\"error\"><strong>Не проверен</strong>: start URL &lt;b&gt;down&lt;/b&gt;</p></th>"));
        assertTrue(ru.contains("Изменения указаны относительно аудита от 2026-02-10 08:00 UTC"));
        assertTrue(ru.contains("<svg class=\"trend\" width=\"120\" height=\"36\" viewBox=\"0 0 120 36\" role=\"img\" "
                + "aria-label=\"Общая оценка по аудитам: 2026-02-10 70.0, 2026-03-10 58.3\">"));
        assertTrue(ru.contains("<polyline points=\"4.0,12.4 116.0,15.7\"/>"), "70 and 58.3 on a 28 px high scale");
        assertTrue(ru.contains("<a href=\"sites/evil/report.json\">отчёт<span class=\"sr\"> "));

        String kk = AuditHtmlWriter.render(result("kk", OptionalDouble.of(60)));
        assertTrue(kk.contains("<html lang=\"kk\">"));
        assertTrue(kk.contains("<h1>Мемлекеттік органдар сайттарының аудиті</h1>"));
        assertTrue(kk.contains("Зиянды"), "the Kazakh name in the Kazakh report");
        assertTrue(kk.contains("<p class=\"verdict fails\">60 шегінен төмен немесе тексерілмеген: evil scores 58.3 overall"));
        assertTrue(kk.contains(">дерек жоқ</span>"));

        String en = AuditHtmlWriter.render(result("en", OptionalDouble.empty()));
        assertTrue(en.contains("<html lang=\"en\">"));
        assertTrue(en.contains("<button type=\"button\">Low-vision version</button>"));
        assertTrue(en.contains(">n/a</span>"));
        assertTrue(en.contains("No rule fails the build (govsite.auditFailBelow is not set)"));
    }

    @Test
    void aSingleAuditDrawsADotAndNoLine() {
        String svg = TrendChart.svg(List.of(new TrendPoint(RankingTest.MAR, 100.0)), "Trend");
        assertTrue(svg.contains("<circle cx=\"60.0\" cy=\"4.0\" r=\"3\"/>"));
        assertFalse(svg.contains("polyline"));
        assertEquals("", TrendChart.svg(List.of(), "Trend"));
    }

    @Test
    void everyLanguageHasEveryText() {
        var keys = new java.util.TreeSet<String>();
        for (String lang : AuditText.LANGUAGES) {
            var p = new java.util.Properties();
            try (var in = AuditText.class.getResourceAsStream("audit_" + lang + ".properties")) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (keys.isEmpty()) keys.addAll(p.stringPropertyNames());
            assertEquals(keys, new java.util.TreeSet<>(p.stringPropertyNames()), lang);
        }
        assertEquals("Сформировано govsite 1.0", AuditText.of("ru").get("generatedBy", "1.0"));
        assertEquals("ru", AuditText.of("de").language(), "an unknown language falls back to Russian");
    }
}
