package kz.govsite.audit;

import java.util.Objects;

/**
 * A user name and password that open one registry site, looked up by the entry's {@code serverId}.
 *
 * @param username the user name
 * @param password the password; a secret, never logged or written
 */
public record SiteCredentials(String username, String password) {
    public SiteCredentials {
        Objects.requireNonNull(username);
        Objects.requireNonNull(password);
    }

    @Override
    public String toString() {
        return "SiteCredentials[username=" + username + ", password=****]";
    }
}
