package kz.govsite.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The folder server gives out the folder and nothing else, to this machine only, and only while it runs. */
class StaticSiteServerTest {
    static final String SECRET = "not for the web: 5f3c2a";

    @TempDir
    Path dir;
    Path site;
    StaticSiteServer server;

    @BeforeEach
    void serveAFolderNextToASecret() throws Exception {
        site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>Home</title>");
        Files.createDirectories(site.resolve("ru"));
        Files.writeString(site.resolve("ru").resolve("news.html"), "<!doctype html><title>News</title>");
        Path outside = Files.createDirectories(dir.resolve("private"));
        Files.writeString(outside.resolve("secret.txt"), SECRET);
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(site.resolve("linked-secret.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("linked-folder"), outside);
        Files.createSymbolicLink(site.resolve("alias.html"), site.resolve("index.html"));
        server = StaticSiteServer.start(site);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesTheFolder() throws Exception {
        assertTrue(get("/ru/news.html").startsWith("HTTP/1.1 200"));
        assertTrue(get("/").contains("<title>Home</title>"));
        assertTrue(get("/alias.html").contains("<title>Home</title>"), "a link that stays inside is fine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/../private/secret.txt", "/ru/../../secret.txt", "/%2e%2e/secret.txt",
            "/..%2fsecret.txt", "/%2e%2e%2f%2e%2e%2fprivate/secret.txt", "/ru/%2e%2e/%2e%2e/secret.txt",
            "//" + "..//secret.txt", "/linked-secret.txt", "/linked-folder/secret.txt", "/secret.txt%00.html"})
    void nothingOutsideTheFolderIsServed(String path) throws Exception {
        String answer = get(path);
        assertTrue(answer.startsWith("HTTP/1.1 404") || answer.startsWith("HTTP/1.1 400"), path + ": " + firstLine(answer));
        assertFalse(answer.contains(SECRET), path);
    }

    @Test
    void absolutePathsOfTheMachineAreNotReachable() throws Exception {
        String answer = get("/" + dir.resolve("secret.txt"));
        assertTrue(answer.startsWith("HTTP/1.1 404"), firstLine(answer));
        assertFalse(get("/etc/passwd").contains("root:x:0:0"));
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        assertEquals("127.0.0.1:" + server.port(), server.address());
        assertTrue(server.boundAddress().getAddress().isLoopbackAddress(), server.boundAddress().toString());
        Optional<InetAddress> lan = nonLoopbackAddress();
        assumeTrue(lan.isPresent(), "no network address on this machine to try a connection from outside loopback");
        var e = assertThrows(IOException.class, () -> {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(lan.get(), server.port()), 2000);
            }
        });
        assertTrue(e instanceof ConnectException, e.toString());
    }

    @Test
    void stopsWhenClosed() throws Exception {
        int port = server.port();
        server.close();
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        Thread.sleep(200);
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("govsite-static-server")
                && t.isAlive()), "its threads end too");
    }

    /** A raw request: HTTP clients tidy up paths like {@code /../} before sending them, attackers do not. */
    private String get(String rawPath) throws IOException {
        try (var socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: site.test\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String firstLine(String answer) {
        int nl = answer.indexOf('\r');
        return nl < 0 ? answer : answer.substring(0, nl);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) continue;
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address) return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
