package kz.govsite.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.govsite.finding.Finding;
import kz.govsite.finding.SuppressionCount;
import kz.govsite.page.PageResult;

/**
 * Everything one run found, ready for the report writers.
 *
 * @param toolName    {@code govsite}
 * @param toolVersion the version of the engine
 * @param startedAt   when the run began
 * @param durationMs  how long it took
 * @param complete    false when the run was interrupted before every page was checked
 * @param config      the effective configuration, secrets masked
 * @param axe         axe-core's version and the rules that ran, or empty when axe did not run
 * @param pages       every URL visited, sorted by URL
 * @param documents   non-HTML resources the pages link to (recorded, not rendered), sorted
 * @param findings    sorted by URL, check, selector
 * @param messages    notes for the user that are not findings (e.g. redirects out of scope)
 * @param summary     counts
 * @param verdict     whether the build fails
 * @param files       the report files written, by format
 * @param suppressions every configured suppression and how many findings it took out of {@code findings}
 */
public record Report(String toolName, String toolVersion, Instant startedAt, long durationMs, boolean complete,
                     Map<String, Object> config, Map<String, Object> axe, List<PageResult> pages,
                     List<String> documents, List<Finding> findings, List<String> messages, Summary summary,
                     Verdict verdict, Map<String, Path> files, List<SuppressionCount> suppressions) {
    public Report {
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
        pages = List.copyOf(pages);
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        messages = List.copyOf(messages);
        files = Map.copyOf(files);
    }

    public Report(String toolName, String toolVersion, Instant startedAt, long durationMs, boolean complete,
                  Map<String, Object> config, Map<String, Object> axe, List<PageResult> pages,
                  List<String> documents, List<Finding> findings, List<String> messages, Summary summary,
                  Verdict verdict, Map<String, Path> files) {
        this(toolName, toolVersion, startedAt, durationMs, complete, config, axe, pages, documents, findings,
                messages, summary, verdict, files, List.of());
    }

    /** The same report, knowing where its files were written. */
    public Report withFiles(Map<String, Path> written) {
        return new Report(toolName, toolVersion, startedAt, durationMs, complete, config, axe, pages, documents,
                findings, messages, summary, verdict, written, suppressions);
    }

    /** The same report, with the suppressions that were applied to it. */
    public Report withSuppressions(List<SuppressionCount> applied) {
        return new Report(toolName, toolVersion, startedAt, durationMs, complete, config, axe, pages, documents,
                findings, messages, summary, verdict, files, applied);
    }

    /** Findings the suppressions took out, in total. */
    public int suppressedFindings() {
        return suppressions.stream().mapToInt(SuppressionCount::findings).sum();
    }
}
