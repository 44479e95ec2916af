package kz.govsite.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.govsite.BrowserOptions;

/** The Chromium switches every session gets: headless, offline-friendly, and with our host mappings. */
public final class ChromeArguments {
    /** Headless, able to run as root in a container, and not reaching for Google's services. */
    static final List<String> BASE = List.of(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--disable-quic", "--disable-default-apps", "--disable-extensions",
            "--mute-audio", "--hide-scrollbars", "--disable-features=Translate,MediaRouter,OptimizationHints",
            "--password-store=basic", "--use-mock-keychain");

    private ChromeArguments() {
    }

    /**
     * @param hostMap host names to serve from local addresses, e.g. {@code site.test -> 127.0.0.1:41234};
     *                scripts that set cookies for {@code location.host} break when a port is in it
     */
    public static List<String> of(BrowserOptions options, Map<String, String> hostMap) {
        var args = new ArrayList<>(BASE);
        args.add("--window-size=" + options.windowWidth() + "," + options.windowHeight());
        args.add("--lang=ru-RU");
        if (!hostMap.isEmpty()) {
            args.add("--host-resolver-rules=" + hostMap.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> "MAP " + e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(",")));
        }
        args.addAll(options.extraArgs());
        return List.copyOf(args);
    }
}
