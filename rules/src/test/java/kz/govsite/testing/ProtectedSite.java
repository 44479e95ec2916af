package kz.govsite.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A two-page site on 127.0.0.1 that lets nobody in without what its mode demands: basic auth, a
 * login form's session cookie, or a header and a cookie. Counts refused page requests.
 */
public final class ProtectedSite implements AutoCloseable {
    /** What the site demands. */
    public enum Mode { BASIC, FORM, HEADER_AND_COOKIE }

    public static final String USER = "inspector";
    public static final String PASSWORD = "s3cr3t-Құпия-42";
    public static final String API_KEY = "key-7f3a9c-secret";
    public static final String CONSENT = "consent-value-5521";

    private final HttpServer server;
    private final Mode mode;
    private final Map<String, Boolean> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger logins = new AtomicInteger();

    private ProtectedSite(Mode mode) throws IOException {
        this.mode = mode;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "protected-site");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public static ProtectedSite start(Mode mode) throws IOException {
        return new ProtectedSite(mode);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Page requests turned away for lack of credentials. */
    public int refused() {
        return refused.get();
    }

    /** Successful form logins. */
    public int logins() {
        return logins.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (mode == Mode.FORM && path.equals("/login")) {
            login(ex);
            return;
        }
        if (!path.equals("/") && !path.equals("/inner.html")) {
            send(ex, 404, "<!DOCTYPE html><title>404</title>");
            return;
        }
        if (!allowed(ex)) {
            refused.incrementAndGet();
            switch (mode) {
                case BASIC -> {
                    ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"govsite test\"");
                    send(ex, 401, "<!DOCTYPE html><title>401</title>");
                }
                case FORM -> {
                    ex.getResponseHeaders().add("Location", "/login");
                    send(ex, 302, "");
                }
                default -> send(ex, 403, "<!DOCTYPE html><title>403</title>");
            }
            return;
        }
        String title = path.equals("/") ? "Закрытый раздел" : "Внутренняя страница";
        send(ex, 200, "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1><p id=\"account\">Вы вошли</p>"
                + "<p><a href=\"/inner.html\">Дальше</a> <a href=\"/\">Главная</a></p></main></body></html>");
    }

    private boolean allowed(HttpExchange ex) {
        String cookies = String.join("; ", ex.getRequestHeaders().getOrDefault("Cookie", java.util.List.of()));
        return switch (mode) {
            case BASIC -> ("Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8))).equals(ex.getRequestHeaders().getFirst("Authorization"));
            case FORM -> sessions.keySet().stream().anyMatch(sid -> cookies.contains("sid=" + sid));
            case HEADER_AND_COOKIE -> API_KEY.equals(ex.getRequestHeaders().getFirst("X-Api-Key"))
                    && cookies.contains("consent=" + CONSENT);
        };
    }

    private void login(HttpExchange ex) throws IOException {
        if (ex.getRequestMethod().equals("POST")) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var form = new java.util.HashMap<String, String>();
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) form.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            if (USER.equals(form.get("user")) && PASSWORD.equals(form.get("pass"))) {
                String sid = UUID.randomUUID().toString();
                sessions.put(sid, true);
                logins.incrementAndGet();
                ex.getResponseHeaders().add("Set-Cookie", "sid=" + sid + "; Path=/; HttpOnly");
                ex.getResponseHeaders().add("Location", "/");
                send(ex, 302, "");
                return;
            }
        }
        send(ex, 200, "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Вход</title></head><body><main>"
                + "<form method=\"post\" action=\"/login\"><label>Логин <input id=\"user\" name=\"user\"></label>"
                + "<label>Пароль <input id=\"pass\" name=\"pass\" type=\"password\"></label>"
                + "<button id=\"go\" type=\"submit\">Войти</button></form></main></body></html>");
    }

    private static void send(HttpExchange ex, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) ex.getResponseBody().write(body);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
