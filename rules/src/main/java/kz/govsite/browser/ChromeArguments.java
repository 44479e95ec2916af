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
    /**
     * A switch and why a checker wants it.
     *
     * @param needed without it Chromium does not run here, keeps reaching for the network, or shows
     *               the checks other pixels or timings; the others only stop background services
     *               and can be left out to measure what they are worth
     */
    record Switch(String flag, String why, boolean needed) {
    }

    /** {@code -Dgovsite.chromium.quiet=false} leaves the background-service switches out: {@code bench/run --switches} measures their effect. */
    static final String QUIET_PROPERTY = "govsite.chromium.quiet";

    static final List<Switch> SWITCHES = List.of(
            // Running at all: headless, as root in a container, without a GPU or a large /dev/shm.
            needed("--headless=new", "no display; the same renderer as a desktop Chrome"),
            needed("--no-sandbox", "the sandbox cannot start as root in a container"),
            needed("--disable-gpu", "there is no GPU; software rendering only"),
            needed("--disable-dev-shm-usage", "containers give /dev/shm 64 MB, too little for big pages"),
            // Not reaching for Google's services: there is no internet, and retries cost CPU.
            needed("--disable-background-networking", "no prefetch, no safe-browsing or variations fetches"),
            needed("--disable-component-update", "no component updater (it downloads models and lists)"),
            needed("--disable-sync", "no account sync"),
            needed("--disable-quic", "no QUIC probes to hosts that will not answer"),
            quiet("--disable-domain-reliability", "no network error reports to Google"),
            quiet("--disable-client-side-phishing-detection", "no phishing model run on every page"),
            quiet("--safebrowsing-disable-auto-update", "no safe-browsing list downloads"),
            quiet("--metrics-recording-only", "usage metrics are never uploaded"),
            quiet("--disable-breakpad", "no crash uploader; a crash is reported by the run itself"),
            quiet("--disable-features=Translate,MediaRouter,OptimizationHints,OptimizationHintsFetching,"
                    + "OptimizationGuideModelDownloading,OptimizationTargetPrediction,AutofillServerCommunication,"
                    + "CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions,LensOverlay",
                    "no translate bar, casting, on-device models, autofill or feed services"),
            // A fresh profile every time: no first-run screens, extensions or keychain.
            needed("--no-first-run", "no first-run screens in a new profile"),
            quiet("--no-default-browser-check", "no default-browser question"),
            quiet("--disable-search-engine-choice-screen", "no search-engine choice dialog"),
            quiet("--disable-default-apps", "no bundled apps installed into the profile"),
            quiet("--disable-extensions", "no extensions"),
            quiet("--disable-component-extensions-with-background-pages", "no built-in extensions running in the background"),
            quiet("--password-store=basic", "no system keyring lookup"),
            quiet("--use-mock-keychain", "no keychain prompt"),
            // Pages behave as in a visible window: timers and rendering are never throttled.
            needed("--disable-background-timer-throttling", "a headless tab counts as hidden; its timers must still run"),
            needed("--disable-renderer-backgrounding", "renderers keep their priority while another session works"),
            needed("--disable-backgrounding-occluded-windows", "a window nobody sees still paints"),
            needed("--disable-hang-monitor", "a slow page is the run's to time out, not a dialog's"),
            // What the checks see: the same pixels on every machine.
            needed("--force-color-profile=srgb", "colours in screenshots are the page's, not a display profile's"),
            needed("--hide-scrollbars", "scrollbars do not change the width a page lays out in"),
            quiet("--mute-audio", "a page's audio plays nowhere"));

    /** The switches alone, in order. */
    static final List<String> BASE = SWITCHES.stream().map(Switch::flag).toList();

    private static Switch needed(String flag, String why) {
        return new Switch(flag, why, true);
    }

    private static Switch quiet(String flag, String why) {
        return new Switch(flag, why, false);
    }

    private static List<String> base() {
        if (!"false".equals(System.getProperty(QUIET_PROPERTY))) return BASE;
        return SWITCHES.stream().filter(Switch::needed).map(Switch::flag).toList();
    }

    private ChromeArguments() {
    }

    /**
     * @param hostMap host names to serve from local addresses, e.g. {@code site.test -> 127.0.0.1:41234};
     *                scripts that set cookies for {@code location.host} break when a port is in it
     */
    public static List<String> of(BrowserOptions options, Map<String, String> hostMap) {
        var args = new ArrayList<>(base());
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
