package kz.govsite.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.govsite.BrowserOptions;

/**
 * The Chromium switches every session gets. This is the one list of them: a checker needs a
 * browser that renders and runs scripts, and nothing else; on a 2-core machine every background
 * service competes with the pages being checked.
 */
public final class ChromeArguments {
    /** A switch and why a checker wants it. */
    record Switch(String flag, String why) {
    }

    static final List<Switch> SWITCHES = List.of(
            // Running at all: headless, as root in a container, without a GPU or a large /dev/shm.
            new Switch("--headless=new", "no display; the same renderer as a desktop Chrome"),
            new Switch("--no-sandbox", "the sandbox cannot start as root in a container"),
            new Switch("--disable-gpu", "there is no GPU; software rendering only"),
            new Switch("--disable-dev-shm-usage", "containers give /dev/shm 64 MB, too little for big pages"),
            // Not reaching for Google's services: there is no internet, and retries cost CPU.
            new Switch("--disable-background-networking", "no prefetch, no safe-browsing or variations fetches"),
            new Switch("--disable-component-update", "no component updater (it downloads models and lists)"),
            new Switch("--disable-sync", "no account sync"),
            new Switch("--disable-quic", "no QUIC probes to hosts that will not answer"),
            new Switch("--disable-domain-reliability", "no network error reports to Google"),
            new Switch("--disable-client-side-phishing-detection", "no phishing model run on every page"),
            new Switch("--safebrowsing-disable-auto-update", "no safe-browsing list downloads"),
            new Switch("--metrics-recording-only", "usage metrics are never uploaded"),
            new Switch("--disable-breakpad", "no crash uploader; a crash is reported by the run itself"),
            new Switch("--disable-features=Translate,MediaRouter,OptimizationHints,OptimizationHintsFetching,"
                    + "OptimizationGuideModelDownloading,OptimizationTargetPrediction,AutofillServerCommunication,"
                    + "CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions,LensOverlay",
                    "no translate bar, casting, on-device models, autofill or feed services"),
            // A fresh profile every time: no first-run screens, extensions or keychain.
            new Switch("--no-first-run", "no first-run screens in a new profile"),
            new Switch("--no-default-browser-check", "no default-browser question"),
            new Switch("--disable-search-engine-choice-screen", "no search-engine choice dialog"),
            new Switch("--disable-default-apps", "no bundled apps installed into the profile"),
            new Switch("--disable-extensions", "no extensions"),
            new Switch("--disable-component-extensions-with-background-pages", "no built-in extensions running in the background"),
            new Switch("--password-store=basic", "no system keyring lookup"),
            new Switch("--use-mock-keychain", "no keychain prompt"),
            // Pages behave as in a visible window: timers and rendering are never throttled.
            new Switch("--disable-background-timer-throttling", "a headless tab counts as hidden; its timers must still run"),
            new Switch("--disable-renderer-backgrounding", "renderers keep their priority while another session works"),
            new Switch("--disable-backgrounding-occluded-windows", "a window nobody sees still paints"),
            new Switch("--disable-hang-monitor", "a slow page is the run's to time out, not a dialog's"),
            // What the checks see: the same pixels on every machine.
            new Switch("--force-color-profile=srgb", "colours in screenshots are the page's, not a display profile's"),
            new Switch("--hide-scrollbars", "scrollbars do not change the width a page lays out in"),
            new Switch("--mute-audio", "a page's audio plays nowhere"));

    /** The switches alone, in order. */
    static final List<String> BASE = SWITCHES.stream().map(Switch::flag).toList();

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
