/** Crawling: the frontier, URL normalising, scope, sitemaps, fetching and the static-folder server. */
package kz.govsite.crawl;
