/** The first screen of report.html: how bad, where, and what to fix first. */
package kz.govsite.report.glance;
