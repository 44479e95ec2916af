package kz.govsite.check.parity;

/**
 * Where a page says (or the site's URL scheme implies) its version in another language is.
 *
 * @param url      the twin's URL, normalised
 * @param language the twin's language
 * @param via      how it was found: {@code hreflang}, {@code switcher} or {@code mapping}
 */
public record Twin(String url, String language, String via) {
}
