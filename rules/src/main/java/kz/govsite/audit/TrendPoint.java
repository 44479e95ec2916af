package kz.govsite.audit;

import java.time.Instant;

/**
 * A site's overall score in one audit, for its trend.
 *
 * @param auditedAt when
 * @param overall   the rounded overall score
 */
public record TrendPoint(Instant auditedAt, double overall) {
}
