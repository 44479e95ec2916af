/** What one visit learns about a page. */
package kz.govsite.page;
