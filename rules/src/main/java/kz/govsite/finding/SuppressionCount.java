package kz.govsite.finding;

/**
 * One configured suppression and how many findings it took out of a run.
 *
 * @param suppression what was configured
 * @param findings    how many findings it covered
 */
public record SuppressionCount(Suppression suppression, int findings) {
}
