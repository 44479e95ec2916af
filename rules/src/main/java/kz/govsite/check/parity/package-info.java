/**
 * The {@code parity} check: every Kazakh page paired with its Russian twin (by {@code hreflang},
 * the language switcher, or the URL mapping), and what a pair may lack — the twin itself, the same
 * numbers, the same structure, reciprocal language links — plus the share of pages filled in both.
 */
package kz.govsite.check.parity;
