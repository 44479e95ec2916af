/**
 * The check families and the check contract. A {@link kz.govsite.check.CheckFamily} owns one
 * family: its id, its options, the checks it adds (live checks run in the browser, page checks on
 * a snapshot, site-wide checks on the finished crawl) and its parts of the reports;
 * {@link kz.govsite.check.Families} lists the built-in ones in one place, and
 * {@link kz.govsite.check.CheckRegistry} holds the checks of one run.
 */
package kz.govsite.check;
