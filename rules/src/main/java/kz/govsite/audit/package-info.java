/**
 * The ministry audit: reads a registry of state bodies' sites, checks each with the same engine,
 * scores and ranks them, keeps a history and writes {@code audit.html}, {@code audit.json} and
 * {@code audit.csv}. The entry point is {@link kz.govsite.audit.Audit}.
 */
package kz.govsite.audit;
