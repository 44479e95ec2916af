package kz.govsite.crawl;

/**
 * How govsite introduces itself to servers: by name and, when the user gives one, with a contact,
 * so a site's administrators can tell who is crawling and whom to ask. robots.txt rules for
 * {@link #TOKEN} apply to it.
 */
public final class UserAgent {
    /** The product token robots.txt groups name. */
    public static final String TOKEN = "govsite";
    public static final String DEFAULT = TOKEN + " (accessibility and language audit)";

    private UserAgent() {
    }

    /** {@code govsite (accessibility and language audit; +contact)}, or the default without a contact. */
    public static String withContact(String contact) {
        if (contact == null || contact.isBlank()) return DEFAULT;
        String clean = contact.strip().replaceAll("[\\p{Cntrl}()]", "");
        return TOKEN + " (accessibility and language audit; +" + clean + ")";
    }
}
