/** Findings, severities and the fingerprints that let baselines survive reruns. */
package kz.govsite.finding;
