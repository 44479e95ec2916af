package kz.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JUnitReportWriterTest {
    static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<Element> elements(Element parent, String name) {
        var out = new ArrayList<Element>();
        var nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    static Element suite(Document doc, String name) {
        return elements(doc.getDocumentElement(), "testsuite").stream()
                .filter(s -> s.getAttribute("name").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void oneSuitePerFamilyOneCasePerPageFailuresCarryTheFindings() throws Exception {
        var doc = parse(JUnitReportWriter.toXml(SampleReports.plain()));
        var root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals(List.of("govsite.axe", "govsite.parity", "govsite.site"),
                elements(root, "testsuite").stream().map(s -> s.getAttribute("name")).toList());

        var axe = suite(doc, "govsite.axe");
        assertEquals("3", axe.getAttribute("tests"));
        assertEquals("3", axe.getAttribute("failures"), "each page has the serious header defect");
        var news = elements(axe, "testcase").stream()
                .filter(c -> c.getAttribute("name").equals("http://site.test/ru/news.html")).findFirst().orElseThrow();
        var failure = elements(news, "failure").get(0);
        assertEquals("2 findings: axe.image-alt, axe.link-name", failure.getAttribute("message"));
        assertEquals("critical", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("html: " + SampleReports.XSS_SNIPPET), failure.getTextContent());
        var kk = elements(axe, "testcase").stream()
                .filter(c -> c.getAttribute("name").equals("http://site.test/kk/")).findFirst().orElseThrow();
        assertTrue(elements(kk, "system-out").get(0).getTextContent()
                .startsWith("Findings that do not fail the build:\n[moderate] axe.region"), "moderate is below failOn");
        assertEquals(1, elements(kk, "failure").size());
    }

    @Test
    void parityCasesArePairsAndSiteCasesIncludePagesThatFailedToLoad() throws Exception {
        var doc = parse(JUnitReportWriter.toXml(SampleReports.plain()));
        var parity = suite(doc, "govsite.parity");
        assertEquals(List.of("http://site.test/ <-> http://site.test/kk/",
                        "http://site.test/ru/news.html <-> http://site.test/kk/news.html"),
                elements(parity, "testcase").stream().map(c -> c.getAttribute("name")).toList());
        assertEquals("1", parity.getAttribute("failures"));

        var site = suite(doc, "govsite.site");
        assertEquals("4", site.getAttribute("tests"));
        assertEquals("0", site.getAttribute("failures"), "a moderate 404 is below failOn serious");
        var root = doc.getDocumentElement();
        assertEquals("9", root.getAttribute("tests"));
        assertEquals("4", root.getAttribute("failures"));
    }

    @Test
    void withABaselineOnlyNewFindingsFail() throws Exception {
        var doc = parse(JUnitReportWriter.toXml(SampleReports.withBaseline()));
        var axe = suite(doc, "govsite.axe");
        assertEquals("1", axe.getAttribute("failures"), "only the new image-alt fails; the header defect is known");
    }

    @Test
    void dropsCharactersXmlCannotCarry() {
        assertEquals("ab\tc", JUnitReportWriter.clean("a\u0000b\u0007\tc"));
    }
}
