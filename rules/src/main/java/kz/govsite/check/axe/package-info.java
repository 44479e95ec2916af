/** The axe-core check: WCAG 2.x A/AA rules in the real browser. */
package kz.govsite.check.axe;
