package kz.govsite.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a folder read-only on 127.0.0.1 and an ephemeral port, so a build can check the static
 * site it just generated. Nothing outside the folder is served: not through {@code ../}, not
 * through symbolic links.
 *
 * <p>Browsers reach it under {@link #HOST}, mapped to the port by Chromium's host resolver rules:
 * scripts that set cookies with {@code domain=location.host} (the bvi low-vision plugin does)
 * fail when the host carries a port.
 */
public final class StaticSiteServer implements AutoCloseable {
    /** The host name the site is served under. */
    public static final String HOST = "site.test";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html"), Map.entry("htm", "text/html"),
            Map.entry("xhtml", "application/xhtml+xml"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;

    private StaticSiteServer(Path root, HttpServer server, ExecutorService executor) {
        this.root = root;
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving {@code folder}; close to stop. */
    public static StaticSiteServer start(Path folder) {
        try {
            Path root = folder.toRealPath();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "govsite-static-server");
                t.setDaemon(true);
                return t;
            });
            var site = new StaticSiteServer(root, server, executor);
            server.createContext("/", site::handle);
            server.setExecutor(executor);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("could not serve " + folder + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where a browser mapped with {@link #hostMapping()} finds the site's index. */
    public String baseUrl() {
        return "http://" + HOST + "/";
    }

    /** Where the socket listens, as the operating system reports it. */
    java.net.InetSocketAddress boundAddress() {
        return server.getAddress();
    }

    /** The loopback address and port, e.g. {@code 127.0.0.1:41234}. */
    public String address() {
        return "127.0.0.1:" + port();
    }

    /** {@code site.test -> 127.0.0.1:port}, for Chromium's host resolver rules and the fetcher. */
    public Map<String, String> hostMapping() {
        return Map.of(HOST, address());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            URI uri = exchange.getRequestURI();
            String rawPath = uri.getRawPath() == null ? "/" : uri.getRawPath();
            String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path file = resolve(path);
            if (file == null) {
                notFound(exchange);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!rawPath.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", rawPath + "/"
                            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
                if (!Files.isRegularFile(file)) {
                    notFound(exchange);
                    return;
                }
            }
            byte[] body = Files.readAllBytes(file);
            send(exchange, 200, typeOf(file), method.equals("HEAD") ? null : body);
        }
    }

    /** The file a request path names, or null when it does not exist or lies outside the root. */
    Path resolve(String path) throws IOException {
        if (path.indexOf('\0') >= 0) return null;
        Path candidate = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!candidate.startsWith(root) || !Files.exists(candidate)) return null;
        Path real = candidate.toRealPath();
        return real.startsWith(root) ? real : null;
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path custom = root.resolve("404.html");
        byte[] body = Files.isRegularFile(custom) ? Files.readAllBytes(custom)
                : "<!doctype html><html lang=\"en\"><head><title>Not found</title></head><body><h1>Not found</h1></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        send(exchange, 404, "text/html; charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        // No charset for HTML: the page's own <meta charset> decides, as on a real server without one.
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
