package kz.govsite.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.govsite.AxeOptions;
import kz.govsite.GovsiteConfig;
import kz.govsite.check.axe.AxeCheck;
import kz.govsite.check.language.LanguageCheck;
import kz.govsite.check.language.LanguageGuesser;
import kz.govsite.check.language.LanguageGuessers;
import kz.govsite.check.language.SiteLanguageCheck;
import kz.govsite.check.lowvision.LowVisionCheck;
import kz.govsite.check.parity.ParityCheck;

/** Every check govsite has, in one place; a run gets the ones its configuration asks for. */
public final class CheckRegistry {
    /** The check families, as named in {@code govsite.checks}. */
    public static final Set<String> FAMILIES = Set.of("axe", "lowvision", "language", "parity");

    private final List<LiveCheck> live;
    private final List<PageCheck> page;
    private final List<SiteWideCheck> site;

    private CheckRegistry(List<LiveCheck> live, List<PageCheck> page, List<SiteWideCheck> site) {
        this.live = List.copyOf(live);
        this.page = List.copyOf(page);
        this.site = List.copyOf(site);
    }

    /** Builds the checks once per run; expensive parts (language models) are shared by all threads. */
    public static CheckRegistry forConfig(GovsiteConfig config) {
        var live = new ArrayList<LiveCheck>();
        var page = new ArrayList<PageCheck>();
        var site = new ArrayList<SiteWideCheck>();
        if (config.runs("axe")) live.add(new AxeCheck(axeOptions(config)));
        if (config.runs("lowvision")) live.add(new LowVisionCheck());
        if (config.runs("language") || config.runs("parity")) {
            // One Lingua detector per run, shared by every thread: its models are the bulk of its memory.
            LanguageGuesser guesser = LanguageGuessers.forOptions(config.language());
            if (config.runs("language")) {
                var language = new LanguageCheck(guesser, config.language());
                page.add(language);
                site.add(new SiteLanguageCheck(language, guesser, config.language()));
            }
            if (config.runs("parity")) site.add(new ParityCheck(guesser, config.language(), config.runs("language")));
        }
        return new CheckRegistry(live, page, site);
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
        disabled.addAll(LanguageCheck.AXE_RULES_COVERED);
        return new AxeOptions(axe.tags(), List.copyOf(disabled), axe.include(), axe.exclude());
    }

    public List<LiveCheck> live() { return live; }

    public List<PageCheck> page() { return page; }

    public List<SiteWideCheck> site() { return site; }
}
