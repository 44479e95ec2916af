package kz.govsite.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import kz.govsite.AccessOptions;
import kz.govsite.GovsiteException;
import kz.govsite.internal.Text;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Gets browser sessions and plain HTTP requests into a site that is not public: headers through
 * the DevTools protocol, cookies set on each start origin, and a login form filled once, whose
 * session cookies every later session and request reuses.
 */
public final class SiteAccess {
    private final AccessOptions access;
    private final List<String> origins;
    private volatile Map<String, String> loginCookies = Map.of();

    /** @param startUrls the crawl's start URLs; cookies are set on their origins */
    public SiteAccess(AccessOptions access, Collection<String> startUrls) {
        this.access = access;
        var o = new LinkedHashSet<String>();
        for (String url : startUrls) {
            URI u = URI.create(url);
            o.add(u.getScheme() + "://" + u.getRawAuthority() + "/");
        }
        this.origins = List.copyOf(o);
    }

    /** Headers for the crawler's plain requests: configured ones, basic auth, configured and login cookies. */
    public Map<String, String> httpHeaders() {
        var headers = new LinkedHashMap<>(access.httpHeaders());
        var cookies = new LinkedHashMap<String, String>(access.cookies());
        cookies.putAll(loginCookies);
        if (!cookies.isEmpty()) {
            var parts = new ArrayList<String>();
            cookies.forEach((k, v) -> parts.add(k + "=" + v));
            headers.put("Cookie", String.join("; ", parts));
        }
        return headers;
    }

    /**
     * Logs in once when a login form is configured, remembering the session's cookies; a login
     * that does not reach the success selector is a broken setup, not a site defect.
     */
    public void logIn(SessionFactory sessions) {
        if (access.login() == null) return;
        try (BrowserSession session = sessions.open()) {
            applyHeaders(session);
            fillLoginForm(session);
            var cookies = new LinkedHashMap<String, String>();
            for (Cookie c : session.driver().manage().getCookies()) cookies.put(c.getName(), c.getValue());
            loginCookies = Map.copyOf(cookies);
        }
    }

    /** Sessions that carry the headers and cookies, and the login's cookies once {@link #logIn} ran. */
    public SessionFactory sessions(SessionFactory inner) {
        if (access.isEmpty()) return inner;
        return inner.preparing(this::prepare);
    }

    private void prepare(BrowserSession session) {
        applyHeaders(session);
        var cookies = new LinkedHashMap<String, String>(access.cookies());
        cookies.putAll(loginCookies);
        if (cookies.isEmpty()) return;
        var kept = new ArrayList<Cookie>();
        for (String origin : origins) {
            // A cookie can only be set for the origin the browser shows; robots.txt is public and cheap.
            session.driver().get(origin + "robots.txt");
            cookies.forEach((name, value) -> {
                var cookie = new Cookie(name, value, "/");
                session.driver().manage().addCookie(cookie);
                kept.add(cookie);
            });
        }
        session.keepCookies(kept);
    }

    private void applyHeaders(BrowserSession session) {
        var headers = access.browserHeaders();
        if (headers.isEmpty()) return;
        try {
            session.cdp("Network.enable", Map.of());
            session.cdp("Network.setExtraHTTPHeaders", Map.of("headers", headers));
        } catch (UnsupportedOperationException e) {
            throw new GovsiteException("headers and basic auth need a browser with the DevTools protocol "
                    + "(a local Chromium); this session has none");
        }
    }

    private void fillLoginForm(BrowserSession session) {
        var login = access.login();
        try {
            session.open(login.url());
            field(session, login.usernameSelector(), "govsite.login.usernameSelector").sendKeys(access.username());
            field(session, login.passwordSelector(), "govsite.login.passwordSelector").sendKeys(access.password());
            field(session, login.submitSelector(), "govsite.login.submitSelector").click();
            new WebDriverWait(session.driver(), session.pageTimeout())
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(login.successSelector())));
            session.settle();
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new GovsiteException("the login at " + login.url() + " did not succeed: nothing matched "
                    + "govsite.login.successSelector '" + login.successSelector() + "' within "
                    + session.pageTimeout().toSeconds() + " s of submitting; check the credentials of govsite.serverId");
        } catch (WebDriverException e) {
            throw new GovsiteException(access.mask("the login at " + login.url() + " failed: " + Text.firstLine(e.getMessage())));
        }
    }

    private static WebElement field(BrowserSession session, String selector, String parameter) {
        var found = session.driver().findElements(By.cssSelector(selector));
        if (found.isEmpty()) {
            throw new GovsiteException("the login page " + session.driver().getCurrentUrl() + " has no element matching "
                    + parameter + " '" + selector + "'");
        }
        return found.get(0);
    }
}
