/**
 * The {@code language} check: which language each block of a page is written in (Lingua, built
 * from the configured languages only, behind {@link kz.govsite.check.language.LanguageGuesser}),
 * and the rules on {@code lang} attributes, untranslated pages, unmarked passages and titles.
 */
package kz.govsite.check.language;
