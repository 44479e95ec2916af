package kz.govsite.audit;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import kz.govsite.InvalidConfigException;

/**
 * How an audit runs, beyond the settings every site shares.
 *
 * @param outputDirectory where audit.html, audit.json, audit.csv and {@code sites/<id>/} go
 * @param historyDirectory where each audit's summary is kept, or null for no history
 * @param siteConcurrency sites checked at once
 * @param weights         weights of the overall score
 * @param failBelow       sites whose overall score is below this fail the audit, or empty
 * @param failOnError     whether a site that could not be audited fails the audit
 * @param credentials     user names and passwords by the registry's {@code serverId}
 * @param resume          whether an audit that was stopped before it finished goes on where it stopped
 */
public record AuditSettings(Path outputDirectory, Path historyDirectory, int siteConcurrency, ScoreWeights weights,
                            OptionalDouble failBelow, boolean failOnError,
                            Map<String, SiteCredentials> credentials, boolean resume) {
    public AuditSettings {
        Objects.requireNonNull(outputDirectory);
        Objects.requireNonNull(weights);
        Objects.requireNonNull(failBelow);
        credentials = credentials == null ? Map.of() : Map.copyOf(credentials);
        if (siteConcurrency < 1) {
            throw new InvalidConfigException("govsite.siteConcurrency", "must be at least 1, was " + siteConcurrency);
        }
        if (failBelow.isPresent() && (failBelow.getAsDouble() < 0 || failBelow.getAsDouble() > 100)) {
            throw new InvalidConfigException("govsite.auditFailBelow",
                    "must be a score from 0 to 100, was " + failBelow.getAsDouble());
        }
    }

    /** Settings that resume a stopped audit. */
    public AuditSettings(Path outputDirectory, Path historyDirectory, int siteConcurrency, ScoreWeights weights,
                         OptionalDouble failBelow, boolean failOnError, Map<String, SiteCredentials> credentials) {
        this(outputDirectory, historyDirectory, siteConcurrency, weights, failBelow, failOnError, credentials, true);
    }

    /** Settings for public sites only. */
    public AuditSettings(Path outputDirectory, Path historyDirectory, int siteConcurrency, ScoreWeights weights,
                         OptionalDouble failBelow, boolean failOnError) {
        this(outputDirectory, historyDirectory, siteConcurrency, weights, failBelow, failOnError, Map.of());
    }
}
