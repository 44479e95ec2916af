package kz.govsite.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server on 127.0.0.1 and an ephemeral port whose routes misbehave on purpose (errors,
 * hangs, redirects, odd bodies); it remembers every request, so a test can tell what was fetched
 * and by whom. Closing it releases every hanging handler.
 */
public final class MisbehavingServer implements AutoCloseable {
    /** What a route does with one request. */
    @FunctionalInterface
    public interface Route {
        void answer(Exchange exchange) throws IOException;
    }

    /** One request as the server saw it. */
    public record Request(String pathAndQuery, String userAgent, long atNanos) {
        /** Whether the browser asked, rather than the crawler's own HTTP client. */
        public boolean fromBrowser() {
            return userAgent.contains("Mozilla");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Route fallback = ex -> ex.send(404, "text/html; charset=utf-8",
            "<!doctype html><html lang=\"en\"><title>Not found</title><h1>Not found</h1></html>");

    private MisbehavingServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static MisbehavingServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
            ExecutorService executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "misbehaving-server");
                t.setDaemon(true);
                return t;
            });
            var site = new MisbehavingServer(server, executor);
            server.createContext("/", site::handle);
            server.setExecutor(executor);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:port} followed by {@code path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Answers {@code path} (without query) with this route. */
    public MisbehavingServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /** Serves a UTF-8 HTML page at {@code path}. */
    public MisbehavingServer page(String path, String html) {
        return route(path, ex -> ex.html(html));
    }

    /** What paths without a route get; a 404 page unless set. */
    public MisbehavingServer fallback(Route route) {
        fallback = route;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Requests for this path (query included when given), in order. */
    public List<Request> requests(String pathAndQuery) {
        return requests.stream().filter(r -> r.pathAndQuery().equals(pathAndQuery)
                || !pathAndQuery.contains("?") && r.pathAndQuery().startsWith(pathAndQuery + "?")).toList();
    }

    /** Blocks a handler until the server closes: a response that never ends. */
    public void hangUntilClosed() {
        try {
            closed.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange http) throws IOException {
        try (http) {
            String raw = http.getRequestURI().getRawPath();
            String query = http.getRequestURI().getRawQuery();
            requests.add(new Request(query == null ? raw : raw + "?" + query,
                    String.valueOf(http.getRequestHeaders().getFirst("User-Agent")), System.nanoTime()));
            Route route = routes.getOrDefault(raw, fallback);
            var exchange = new Exchange(http, this);
            try {
                route.answer(exchange);
            } catch (IOException | RuntimeException e) {
                // The client went away (a killed browser, a timeout): nothing to answer.
            }
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    /** The request being answered, with shortcuts for the answers tests need. */
    public static final class Exchange {
        private final HttpExchange http;
        private final MisbehavingServer server;

        Exchange(HttpExchange http, MisbehavingServer server) {
            this.http = http;
            this.server = server;
        }

        public String query() {
            String q = http.getRequestURI().getRawQuery();
            return q == null ? "" : q;
        }

        public String path() {
            return http.getRequestURI().getRawPath();
        }

        public boolean fromBrowser() {
            return String.valueOf(http.getRequestHeaders().getFirst("User-Agent")).contains("Mozilla");
        }

        public MisbehavingServer server() {
            return server;
        }

        /** A header of the request, or empty. */
        public String requestHeader(String name) {
            String v = http.getRequestHeaders().getFirst(name);
            return v == null ? "" : v;
        }

        /** Sends a whole body in chunks, with no Content-Length: its size is known only as it arrives. */
        public void sendChunked(String contentType, byte[] body) throws IOException {
            http.getResponseHeaders().set("Content-Type", contentType);
            http.sendResponseHeaders(200, 0);
            try (OutputStream out = http.getResponseBody()) {
                for (int at = 0; at < body.length; at += 8192) out.write(body, at, Math.min(8192, body.length - at));
            }
        }

        public Exchange header(String name, String value) {
            http.getResponseHeaders().add(name, value);
            return this;
        }

        public void html(String html) throws IOException {
            send(200, "text/html; charset=utf-8", html);
        }

        public void send(int status, String contentType, String body) throws IOException {
            send(status, contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        public void send(int status, String contentType, String body, Charset charset) throws IOException {
            send(status, contentType, body.getBytes(charset));
        }

        /** Sends a whole response; a null content type sends no Content-Type header at all. */
        public void send(int status, String contentType, byte[] body) throws IOException {
            if (contentType != null) http.getResponseHeaders().set("Content-Type", contentType);
            http.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = http.getResponseBody()) {
                    out.write(body);
                }
            }
        }

        public void redirect(int status, String location) throws IOException {
            http.getResponseHeaders().set("Location", location);
            send(status, "text/html; charset=utf-8", new byte[0]);
        }

        /** Sends the headers and the start of an HTML page, then never finishes it. */
        public void startAndHang(String start) throws IOException {
            http.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            http.sendResponseHeaders(200, 0);
            OutputStream out = http.getResponseBody();
            out.write(start.getBytes(StandardCharsets.UTF_8));
            out.flush();
            server.hangUntilClosed();
        }

        /** Closes the connection without a word, as a crashing or overloaded server does. */
        public void dropConnection() {
            http.close();
        }

        /** Waits before answering: a slow server. */
        public Exchange delay(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return this;
        }
    }

    /** HTML of a small valid page in Russian with the given title and body. */
    public static String htmlPage(String title, String body) {
        return "<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1>" + body + "</main></body></html>";
    }

    /** Links to each path, one per line. */
    public static String links(List<String> hrefs) {
        var sb = new StringBuilder("<ul>");
        for (String h : hrefs) sb.append("<li><a href=\"").append(h).append("\">").append(h).append("</a></li>");
        return sb.append("</ul>").toString();
    }

    /** The request paths, for a failure message. */
    public List<String> requestedPaths() {
        var out = new ArrayList<String>();
        for (Request r : requests) out.add(r.pathAndQuery() + (r.fromBrowser() ? " (browser)" : ""));
        return out;
    }
}
