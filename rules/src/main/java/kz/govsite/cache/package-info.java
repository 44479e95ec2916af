/**
 * The incremental cache: results of pages whose HTML, linked CSS and JavaScript, configuration and
 * rules are unchanged since the last run are reused instead of checked again.
 */
package kz.govsite.cache;
