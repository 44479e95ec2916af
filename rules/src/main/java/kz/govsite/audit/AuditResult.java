package kz.govsite.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything one audit found, ready for the audit writers.
 *
 * @param toolVersion    the engine's version
 * @param auditedAt      when the audit began
 * @param durationMs     how long it took
 * @param registry       the registry file
 * @param settings       how it ran
 * @param checks         the check families every site ran
 * @param reportLanguage interface language of audit.html: kk, ru or en
 * @param ranking        lowest overall score first
 * @param previousAudit  when the audit the changes compare with ran, or null when there is none
 * @param verdict        whether the build fails
 * @param files          the files written, by name ({@code html}, {@code json}, {@code csv}, {@code history})
 */
public record AuditResult(String toolVersion, Instant auditedAt, long durationMs, Path registry,
                          AuditSettings settings, List<String> checks, String reportLanguage,
                          List<RankedSite> ranking, Instant previousAudit, AuditVerdict verdict,
                          Map<String, Path> files) {
    public AuditResult {
        checks = List.copyOf(checks);
        ranking = List.copyOf(ranking);
        files = Map.copyOf(files);
    }

    public AuditResult withFiles(Map<String, Path> written) {
        return new AuditResult(toolVersion, auditedAt, durationMs, registry, settings, checks, reportLanguage, ranking,
                previousAudit, verdict, written);
    }
}
