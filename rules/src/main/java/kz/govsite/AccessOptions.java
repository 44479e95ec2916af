package kz.govsite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How govsite gets into a site that is not public: headers and cookies to send, and credentials
 * for HTTP basic auth or a login form. Values here are secrets: {@link #mask(String)} hides them.
 *
 * @param headers  HTTP headers sent with every request
 * @param cookies  cookies set for the site before the crawl, name to value
 * @param username user name for basic auth or the login form, or null
 * @param password password for basic auth or the login form, or null
 * @param login    a login form to fill once per browser session, or null for basic auth
 */
public record AccessOptions(Map<String, String> headers, Map<String, String> cookies, String username,
                            String password, FormLogin login) {
    private static final String MASK = "****";

    public AccessOptions {
        headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(headers));
        cookies = cookies == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(cookies));
    }

    /** Nothing: a public site. */
    public static AccessOptions none() {
        return new AccessOptions(Map.of(), Map.of(), null, null, null);
    }

    /**
     * A login form, described by where it is and the CSS selectors of its parts.
     *
     * @param url              the page with the form
     * @param usernameSelector the user name field
     * @param passwordSelector the password field
     * @param submitSelector   the button that sends the form
     * @param successSelector  an element that exists only once logged in (e.g. a logout link)
     */
    public record FormLogin(String url, String usernameSelector, String passwordSelector, String submitSelector,
                            String successSelector) {
    }

    /** Whether credentials are sent as HTTP basic auth (there is a user and no login form). */
    public boolean basicAuth() {
        return username != null && !username.isEmpty() && login == null;
    }

    public boolean isEmpty() {
        return headers.isEmpty() && cookies.isEmpty() && username == null && login == null;
    }

    /** Headers for plain HTTP requests: the configured ones, basic auth, and the configured cookies. */
    public Map<String, String> httpHeaders() {
        var all = new LinkedHashMap<String, String>(headers);
        if (basicAuth()) all.put("Authorization", basicAuthorization());
        if (!cookies.isEmpty()) all.put("Cookie", cookieHeader(cookies));
        return all;
    }

    /** Headers the browser adds to its requests: the configured ones and basic auth (cookies are set as cookies). */
    public Map<String, String> browserHeaders() {
        var all = new LinkedHashMap<String, String>(headers);
        if (basicAuth()) all.put("Authorization", basicAuthorization());
        return all;
    }

    static String cookieHeader(Map<String, String> cookies) {
        var parts = new ArrayList<String>();
        cookies.forEach((name, value) -> parts.add(name + "=" + value));
        return String.join("; ", parts);
    }

    private String basicAuthorization() {
        String pair = username + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** Every value that must not be shown: password, header and cookie values, the basic auth token. */
    public List<String> secrets() {
        var secrets = new ArrayList<String>();
        if (password != null && !password.isEmpty()) secrets.add(password);
        headers.values().stream().filter(v -> !v.isBlank()).forEach(secrets::add);
        cookies.values().stream().filter(v -> !v.isBlank()).forEach(secrets::add);
        if (basicAuth()) {
            String token = basicAuthorization();
            secrets.add(token);
            secrets.add(token.substring("Basic ".length()));
        }
        if (!cookies.isEmpty()) secrets.add(cookieHeader(cookies));
        // Longest first, so a value that contains another is masked whole.
        secrets.sort(Comparator.comparingInt(String::length).reversed());
        return secrets;
    }

    /** The text with every secret replaced by {@code ****}. */
    public String mask(String text) {
        if (text == null) return null;
        String out = text;
        for (String secret : secrets()) out = out.replace(secret, MASK);
        return out;
    }

    /** A progress that masks secrets before anything reaches the log. */
    public Progress masking(Progress progress) {
        if (secrets().isEmpty()) return progress;
        return new Progress() {
            @Override public void info(String message) { progress.info(mask(message)); }

            @Override public void warn(String message) { progress.warn(mask(message)); }
        };
    }

    /** The access settings for report.json: names only, every value masked, the user name kept. */
    public Map<String, Object> describe() {
        var m = new TreeMap<String, Object>();
        var h = new TreeMap<String, String>();
        headers.keySet().forEach(k -> h.put(k, MASK));
        var c = new TreeMap<String, String>();
        cookies.keySet().forEach(k -> c.put(k, MASK));
        m.put("headers", h);
        m.put("cookies", c);
        m.put("username", username);
        m.put("password", password == null ? null : MASK);
        m.put("method", login != null ? "form" : basicAuth() ? "basic" : "none");
        if (login != null) {
            var l = new LinkedHashMap<String, String>();
            l.put("url", login.url());
            l.put("usernameSelector", login.usernameSelector());
            l.put("passwordSelector", login.passwordSelector());
            l.put("submitSelector", login.submitSelector());
            l.put("successSelector", login.successSelector());
            m.put("login", l);
        }
        return m;
    }

    @Override
    public String toString() {
        return "AccessOptions" + describe();
    }
}
