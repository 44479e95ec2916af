package kz.govsite.check.lowvision;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import kz.govsite.browser.BrowserSession;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriverException;

/**
 * The cookies and web storage a site keeps in the browser, taken before the mode is switched on and
 * put back afterwards: the next page is then seen exactly as it would have been without the check,
 * with none of the mode's settings (text size, scheme) left behind.
 */
record SiteState(String origin, Set<Cookie> cookies, Map<String, String> local, Map<String, String> session) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READ = """
            var read = function (s) { try { return Object.assign({}, s); } catch (e) { return {}; } };
            return JSON.stringify({ origin: location.origin, local: read(window.localStorage),
              session: read(window.sessionStorage) });
            """;
    private static final String WRITE = """
            var write = function (s, items) {
              try { s.clear(); Object.keys(items).forEach(function (k) { s.setItem(k, items[k]); }); } catch (e) {}
            };
            write(window.localStorage, arguments[0]);
            write(window.sessionStorage, arguments[1]);
            return true;
            """;

    static SiteState capture(BrowserSession browser) {
        Set<Cookie> cookies = browser.driver().manage().getCookies();
        try {
            Map<String, Object> raw = JSON.readValue(String.valueOf(browser.script(READ)), new TypeReference<>() { });
            return new SiteState(String.valueOf(raw.get("origin")), cookies, strings(raw.get("local")),
                    strings(raw.get("session")));
        } catch (IOException e) {
            throw new WebDriverException("the page's storage could not be read: " + e.getMessage());
        }
    }

    /** Puts the state back if the browser shows a page of the same origin; answers whether it did. */
    boolean restore(BrowserSession browser) {
        try {
            if (!origin.equals(String.valueOf(browser.script("return location.origin;")))) return false;
            var cookieJar = browser.driver().manage();
            cookieJar.deleteAllCookies();
            cookies.forEach(cookieJar::addCookie);
            browser.script(WRITE, local, session);
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> strings(Object value) {
        if (!(value instanceof Map<?, ?> map)) return Map.of();
        var out = new java.util.LinkedHashMap<String, String>();
        ((Map<Object, Object>) map).forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }
}
