/** The pictures of report.html: outlined elements, language versions and low-vision screenshots side by side. */
package kz.govsite.report.pictures;
