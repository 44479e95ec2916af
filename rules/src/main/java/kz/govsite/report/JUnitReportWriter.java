package kz.govsite.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kz.govsite.check.CheckFamily;
import kz.govsite.check.Families;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageResult;

/**
 * Writes {@code TEST-govsite.xml} in the JUnit XML format that Jenkins and GitLab show in their
 * test tabs: one test suite per check family, one test case per page (or what the family makes its
 * cases: pairs of twins for parity). Findings that fail the verdict are the case's failure; the others are listed in its
 * output, so the tab agrees with the build.
 */
public final class JUnitReportWriter implements ReportWriter {
    public static final String FILE_NAME = "TEST-govsite.xml";

    private final List<CheckFamily> families;

    /** A writer that knows the built-in check families. */
    public JUnitReportWriter() {
        this(Families.BUILT_IN);
    }

    /** A writer whose suites take their cases from these families. */
    public JUnitReportWriter(List<CheckFamily> families) {
        this.families = List.copyOf(families);
    }

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public Path write(Report report, Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve(FILE_NAME);
        AtomicFiles.write(file, toXml(report, families));
        return file;
    }

    /** One test case: a page or pair, its failing findings and its other findings. */
    record Case(String name, double seconds, List<Finding> failing, List<Finding> other) {
    }

    public static byte[] toXml(Report report) throws IOException {
        return toXml(report, Families.BUILT_IN);
    }

    public static byte[] toXml(Report report, List<CheckFamily> families) throws IOException {
        var suites = suites(report, families);
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "govsite");
            xml.writeAttribute("tests", String.valueOf(suites.values().stream().mapToInt(List::size).sum()));
            xml.writeAttribute("failures", String.valueOf(suites.values().stream().flatMap(List::stream)
                    .filter(c -> !c.failing().isEmpty()).count()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("time", seconds(report.durationMs() / 1000.0));
            xml.writeCharacters("\n");
            for (var suite : suites.entrySet()) {
                writeSuite(xml, report, suite.getKey(), suite.getValue());
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write " + FILE_NAME + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void writeSuite(XMLStreamWriter xml, Report report, String family, List<Case> cases)
            throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "govsite." + family);
        xml.writeAttribute("tests", String.valueOf(cases.size()));
        xml.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> !c.failing().isEmpty()).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("timestamp", report.startedAt().toString().replaceAll("\\.\\d+Z$", "Z"));
        xml.writeAttribute("time", seconds(cases.stream().mapToDouble(Case::seconds).sum()));
        xml.writeCharacters("\n");
        for (Case c : cases) {
            xml.writeCharacters("    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "govsite." + family);
            xml.writeAttribute("name", clean(c.name()));
            xml.writeAttribute("time", seconds(c.seconds()));
            if (!c.failing().isEmpty()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", clean(failureMessage(c.failing())));
                xml.writeAttribute("type", c.failing().get(0).severity().label());
                xml.writeCharacters(clean(describe(c.failing())));
                xml.writeEndElement();
            }
            if (!c.other().isEmpty()) {
                xml.writeStartElement("system-out");
                xml.writeCharacters(clean("Findings that do not fail the build:\n" + describe(c.other())));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** Suites by family, in name order; every family that ran has one, even without findings. */
    static Map<String, List<Case>> suites(Report report) {
        return suites(report, Families.BUILT_IN);
    }

    static Map<String, List<Case>> suites(Report report, List<CheckFamily> known) {
        Set<Finding> failing = Set.copyOf(report.verdict().failing());
        var families = new TreeSet<String>();
        if (report.config().get("checks") instanceof List<?> checks) checks.forEach(c -> families.add(String.valueOf(c)));
        families.add("site");
        report.findings().forEach(f -> families.add(f.family()));
        Map<String, List<Finding>> byFamily = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::family, TreeMap::new, Collectors.toList()));
        var suites = new LinkedHashMap<String, List<Case>>();
        for (String family : families) {
            List<Finding> findings = byFamily.getOrDefault(family, List.of());
            var cases = known.stream().filter(f -> f.id().equals(family)).findFirst().flatMap(f -> f.junitCases(report));
            suites.put(family, cases.isPresent() ? familyCases(cases.get(), findings, failing)
                    : pageCases(report, family, findings, failing));
        }
        return suites;
    }

    private static List<Case> pageCases(Report report, String family, List<Finding> findings, Set<Finding> failing) {
        Map<String, List<Finding>> byUrl = findings.stream().collect(Collectors.groupingBy(Finding::url));
        var cases = new ArrayList<Case>();
        var seen = new TreeSet<String>();
        for (PageResult page : report.pages()) {
            // Every rendered page is a case; pages that failed to load are cases of the site suite.
            if (!page.isPage() && !(family.equals("site") && page.kind().equals("error"))) continue;
            seen.add(page.url());
            cases.add(caseOf(page.url(), (page.loadMs() + page.checkMs()) / 1000.0,
                    byUrl.getOrDefault(page.url(), List.of()), failing));
        }
        byUrl.keySet().stream().filter(u -> !seen.contains(u)).sorted()
                .forEach(u -> cases.add(caseOf(u, 0, byUrl.get(u), failing)));
        return cases;
    }

    /** A family's own cases (parity's pairs): those it lists, then any its findings name. */
    private static List<Case> familyCases(JUnitCases spec, List<Finding> findings, Set<Finding> failing) {
        var byCase = new LinkedHashMap<String, List<Finding>>();
        for (String name : spec.names()) byCase.putIfAbsent(name, new ArrayList<>());
        for (Finding f : findings) byCase.computeIfAbsent(spec.caseOf().apply(f), k -> new ArrayList<>()).add(f);
        var cases = new ArrayList<Case>();
        byCase.forEach((name, fs) -> cases.add(caseOf(name, 0, fs, failing)));
        return cases;
    }

    private static Case caseOf(String name, double seconds, List<Finding> findings, Set<Finding> failing) {
        // Most severe first: the failure's type is the worst severity on the page.
        var order = java.util.Comparator.comparing(Finding::severity).thenComparing(Finding::check);
        var bad = findings.stream().filter(failing::contains).sorted(order).toList();
        var other = findings.stream().filter(f -> !failing.contains(f)).sorted(order).toList();
        return new Case(name, seconds, bad, other);
    }

    static String failureMessage(List<Finding> findings) {
        var checks = findings.stream().map(Finding::check).distinct().toList();
        return findings.size() + (findings.size() == 1 ? " finding: " : " findings: ") + String.join(", ", checks);
    }

    static String describe(List<Finding> findings) {
        var sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append('[').append(f.severity().label()).append(f.needsReview() ? ", needs review" : "").append("] ").append(f.check()).append(": ").append(f.message());
            if (!f.selector().isEmpty()) sb.append("\n  element: ").append(f.selector());
            if (!f.snippet().isEmpty()) sb.append("\n  html: ").append(f.snippet());
            if (!f.wcag().isEmpty()) sb.append("\n  WCAG: ").append(String.join(", ", f.wcag()));
            if (!f.helpUrl().isEmpty()) sb.append("\n  help: ").append(f.helpUrl());
            f.evidence().forEach((k, v) -> sb.append("\n  ").append(k).append(": ").append(v));
            sb.append("\n  fingerprint: ").append(f.fingerprint()).append('\n');
        }
        return sb.toString();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    /** Page text may hold characters XML 1.0 cannot carry at all (control characters): drop them. */
    static String clean(String s) {
        var sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                    || cp >= 0x10000 && cp <= 0x10FFFF) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
