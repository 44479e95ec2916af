/** One run: workers, page visits, and the assembly of the report. Not API: use {@link kz.govsite.SiteCheck}. */
package kz.govsite.run;
