package kz.govsite.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import kz.govsite.GovsiteConfig;
import kz.govsite.browser.AxeRun;
import kz.govsite.check.documents.DocumentSource;
import kz.govsite.check.language.LanguageGuesser;
import kz.govsite.check.language.LanguageGuessers;

/** The checks of one run: what the families it runs add, built once and shared by every thread. */
public final class CheckRegistry {
    private final List<LiveCheck> live;
    private final List<PageCheck> page;
    private final List<SiteWideCheck> site;
    private final Optional<AxeRun> axe;
    private final boolean preloadAxe;

    private CheckRegistry(Builder b, boolean preloadAxe) {
        this.live = List.copyOf(b.live);
        this.page = List.copyOf(b.page);
        this.site = List.copyOf(b.site);
        this.axe = Optional.ofNullable(b.axe);
        this.preloadAxe = preloadAxe;
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
        FamilySetup setup = setup(config, documents);
        var builder = new Builder();
        boolean preloadAxe = false;
        for (CheckFamily family : config.familiesRun()) {
            family.addChecks(setup, builder);
            preloadAxe |= family.needsAxe(setup);
        }
        return new CheckRegistry(builder, preloadAxe);
    }

    /** The options a family builds its checks from, with the axe rules that families which run cover. */
    static FamilySetup setup(GovsiteConfig config, DocumentSource documents) {
        // One Lingua detector per run, shared by every thread: its models are the bulk of its memory.
        Supplier<LanguageGuesser> guesser = new Supplier<>() {
            private LanguageGuesser made;

            @Override
            public synchronized LanguageGuesser get() {
                if (made == null) made = LanguageGuessers.forRun(config.options());
                return made;
            }
        };
        Path cache = config.crawl().cacheDirectory();
        var covered = new LinkedHashSet<String>();
        config.familiesRun().forEach(f -> covered.addAll(f.axeRulesCovered()));
        return new FamilySetup(config.checks(), covered, config.options(), cache, config.report().outputDirectory(),
                config.pictures(), documents, guesser);
    }

    public List<LiveCheck> live() { return live; }

    public List<PageCheck> page() { return page; }

    public List<SiteWideCheck> site() { return site; }

    /** The options axe-core runs with on every page, when a family runs it. */
    public Optional<AxeRun> axe() { return axe; }

    /** Whether pages get axe-core as they load (a family runs it, or runs it in another mode). */
    public boolean preloadsAxe() { return preloadAxe; }

    /** Collects what the families add. */
    static final class Builder implements CheckSink {
        private final List<LiveCheck> live = new ArrayList<>();
        private final List<PageCheck> page = new ArrayList<>();
        private final List<SiteWideCheck> site = new ArrayList<>();
        private AxeRun axe;

        @Override public void live(LiveCheck check) { live.add(check); }

        @Override public void page(PageCheck check) { page.add(check); }

        @Override public void site(SiteWideCheck check) { site.add(check); }

        @Override public void axe(AxeRun run) { axe = run; }
    }
}
