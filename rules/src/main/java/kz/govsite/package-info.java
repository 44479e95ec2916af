/** govsite's entry point {@link kz.govsite.SiteCheck} and its configuration. */
package kz.govsite;
