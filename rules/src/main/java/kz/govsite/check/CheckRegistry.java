package kz.govsite.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import kz.govsite.AxeOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.check.axe.AxeCheck;
import kz.govsite.check.documents.DocumentOptions;
import kz.govsite.check.documents.DocumentSource;
import kz.govsite.check.documents.DocumentsCheck;
import kz.govsite.check.language.LanguageCheck;
import kz.govsite.check.language.LanguageGuesser;
import kz.govsite.check.language.LanguageGuessers;
import kz.govsite.check.language.SiteLanguageCheck;
import kz.govsite.check.lowvision.LowVisionCheck;
import kz.govsite.check.parity.ParityCheck;
import kz.govsite.pictures.PictureOptions;

/** Every check govsite has, in one place; a run gets the ones its configuration asks for. */
public final class CheckRegistry {
    /** The check families, as named in {@code govsite.checks}. */
    public static final Set<String> FAMILIES = Set.of("axe", "lowvision", "language", "parity", DocumentsCheck.FAMILY);

    private final List<LiveCheck> live;
    private final List<PageCheck> page;
    private final List<SiteWideCheck> site;

    private CheckRegistry(List<LiveCheck> live, List<PageCheck> page, List<SiteWideCheck> site) {
        this.live = List.copyOf(live);
        this.page = List.copyOf(page);
        this.site = List.copyOf(site);
    }

    /** The checks of a run that fetches nothing beyond its pages (documents are listed, not opened). */
    public static CheckRegistry forConfig(GovsiteConfig config) {
        return forConfig(config, DocumentSource.NONE);
    }

    /**
     * Builds the checks once per run; expensive parts (language models) are shared by all threads.
     *
     * @param documents where the documents check fetches files from
     */
    public static CheckRegistry forConfig(GovsiteConfig config, DocumentSource documents) {
        var live = new ArrayList<LiveCheck>();
        var page = new ArrayList<PageCheck>();
        var site = new ArrayList<SiteWideCheck>();
        if (config.runs("axe")) live.add(new AxeCheck(axeOptions(config)));
        if (config.runs("lowvision")) live.add(new LowVisionCheck());
        // One Lingua detector per run, shared by every thread: its models are the bulk of its memory.
        Supplier<LanguageGuesser> guesser = new Supplier<>() {
            private LanguageGuesser made;

            @Override
            public LanguageGuesser get() {
                if (made == null) made = LanguageGuessers.forOptions(config.language());
                return made;
            }
        };
        if (config.runs("language")) {
            var language = new LanguageCheck(guesser.get(), config.language());
            page.add(language);
            site.add(new SiteLanguageCheck(language, guesser.get(), config.language()));
        }
        if (config.runs("parity")) site.add(new ParityCheck(guesser.get(), config.language(), config.runs("language")));
        if (config.runs(DocumentsCheck.FAMILY)) {
            site.add(new DocumentsCheck(DocumentOptions.parse(config.options()), guesser.get(), config.language(),
                    documents, config.crawl().cacheDirectory()));
        }
        return new CheckRegistry(live, page, site);
    }

    /** Checks the options families own; a bad value throws {@link kz.govsite.InvalidConfigException} naming it. */
    public static void validateOptions(Map<String, String> options) {
        DocumentOptions.parse(options);
        PictureOptions.parse(options);
    }



    /** The families' options as report.json's {@code config} shows them, for the families that run. */
    public static Map<String, Object> describeOptions(GovsiteConfig config) {
        var m = new java.util.TreeMap<String, Object>();
        m.put("pictures", PictureOptions.of(config).describe());
        if (config.runs(DocumentsCheck.FAMILY)) m.put(DocumentsCheck.FAMILY, DocumentOptions.parse(config.options()).describe());
        return m;
    }

    /**
     * What axe runs: the configured rules, less those a language rule reports better. One fault, one
     * finding: {@code lang="kz"} is {@code language.html-lang-invalid}, which explains the region code,
     * not also axe's {@code html-lang-valid}.
     */
    public static AxeOptions axeOptions(GovsiteConfig config) {
        AxeOptions axe = config.axe();
        if (!config.runs("language")) return axe;
        var disabled = new java.util.LinkedHashSet<>(axe.disabledRules());
        disabled.addAll(LanguageCheck.AXE_RULES_COVERED.keySet());
        return new AxeOptions(axe.tags(), List.copyOf(disabled), axe.include(), axe.exclude());
    }

    public List<LiveCheck> live() { return live; }

    public List<PageCheck> page() { return page; }

    public List<SiteWideCheck> site() { return site; }
}
