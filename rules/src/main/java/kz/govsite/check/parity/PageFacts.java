package kz.govsite.check.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.govsite.check.language.LanguageOptions;
import kz.govsite.check.language.Alternate;
import kz.govsite.check.language.BlockGuess;
import kz.govsite.check.language.ClaimedLanguage;
import kz.govsite.check.language.KazakhLetters;
import kz.govsite.check.language.LanguageGuesser;
import kz.govsite.check.language.LanguageShares;
import kz.govsite.check.language.PageLanguage;
import kz.govsite.check.language.SiteTemplate;
import kz.govsite.check.language.SwitcherLink;
import kz.govsite.check.language.TextBlock;
import kz.govsite.check.language.Texts;
import kz.govsite.check.language.UrlLanguageRules;
import kz.govsite.check.language.WrongLanguage;
import kz.govsite.page.PageSnapshot;

/**
 * What the parity rules need to know about one page, read once and small enough to keep for a
 * whole site (no DOM).
 *
 * @param url          the page's URL
 * @param language     the language it belongs to (URL, alternates, switcher, else its lang attribute)
 * @param chooser      a language chooser (no language in its URL, links to both): not one of a pair
 * @param notFound     the "page not found" phrase it shows, if it is a soft 404
 * @param twins        where its twin in the other language may be, surest first
 * @param homeSwitcher a switcher link that leads to the other language's home page instead of the twin
 * @param alternates   its {@code hreflang} alternates
 * @param wrong        its verdict as an untranslated page
 * @param mainShares   how its main content divides among languages
 * @param numbers      the numbers of its main content
 * @param structure    the structure of its main content
 * @param texts        its title and main-content blocks, for spotting text copied from the twin
 */
record PageFacts(String url, Optional<ClaimedLanguage> language, boolean chooser, Optional<String> notFound,
                 List<Twin> twins, Optional<SwitcherLink> homeSwitcher, List<Alternate> alternates,
                 Optional<WrongLanguage.Verdict> wrong, LanguageShares mainShares, List<String> numbers,
                 Structure structure, List<BlockText> texts) {

    /** The languages every page must exist in. */
    static final List<String> PAIR = List.of("kk", "ru");

    /**
     * A block as the copied-text rule sees it.
     *
     * @param comparable its text in comparable form
     * @param words      its words
     * @param judged     whether it was long enough for detection
     * @param detected   the language detected for it (primary subtag), or empty
     * @param kazakh     whether it has a Kazakh-specific letter
     * @param cyrillic   whether it is mostly Cyrillic
     * @param title      whether it is the page title
     */
    record BlockText(String comparable, int words, boolean judged, String detected, boolean kazakh, boolean cyrillic,
                     boolean title) {
    }

    static PageFacts read(PageSnapshot snapshot, LanguageGuesser guesser, LanguageOptions options,
                          UrlLanguageRules rules, SiteTemplate template) {
        // The site's menus and footers are judged once for the site, not as the page's own text.
        PageLanguage page = PageLanguage.analyze(snapshot, guesser, options.ignoreSelectors(), template);
        var doc = page.document();
        String url = snapshot.url();
        var language = ClaimedLanguage.of(doc, url, rules, guesser.languages(), true);
        boolean chooser = isChooser(doc, url, rules);
        List<Twin> twins = List.of();
        Optional<SwitcherLink> homeSwitcher = Optional.empty();
        if (language.isPresent() && PAIR.contains(language.get().language()) && !chooser) {
            String other = other(language.get().language());
            var finder = new TwinFinder(rules);
            twins = finder.all(doc, url, other);
            homeSwitcher = finder.switcherToHome(doc, url, other);
        }
        var judged = new java.util.IdentityHashMap<TextBlock, BlockGuess>();
        page.judged().forEach(b -> judged.put(b.block(), b));
        var texts = new ArrayList<BlockText>();
        var numbersText = new StringBuilder();
        for (TextBlock b : page.blocks()) {
            if (!b.inMainContent() && b.kind() != TextBlock.Kind.TITLE || page.isTemplate(b)) continue;
            BlockGuess g = judged.get(b);
            texts.add(new BlockText(Texts.comparable(b.text()), b.words(), g != null,
                    g == null ? "" : g.guess().primary(), KazakhLetters.hasKazakhLetter(b.text()),
                    isMostlyCyrillic(b.text()), b.kind() == TextBlock.Kind.TITLE));
            // A separator no number pattern crosses: two cells "12" and "345" are not 12 345.
            if (b.kind() != TextBlock.Kind.TITLE) numbersText.append(b.text()).append(" | ");
        }
        return new PageFacts(url, language, chooser, SoftNotFound.phrase(doc), twins, homeSwitcher, Alternate.of(doc),
                WrongLanguage.verdict(page, language), page.shares(TextBlock::inMainContent),
                Numbers.of(numbersText.toString()), Structure.of(doc, options.ignoreSelectors(), page.blocks()), texts);
    }

    /** A page with no language in its URL that links to both versions: the site's language chooser. */
    static boolean isChooser(org.jsoup.nodes.Document doc, String url, UrlLanguageRules rules) {
        if (rules.languageOf(url).isPresent()) return false;
        Set<String> offered = SwitcherLink.of(doc, url).stream().map(SwitcherLink::language)
                .filter(l -> !l.isEmpty()).collect(Collectors.toSet());
        return offered.containsAll(PAIR);
    }

    static String other(String language) {
        return language.equals("kk") ? "ru" : "kk";
    }

    /** The surest place of its twin, if any. */
    Optional<Twin> twin() {
        return twins.stream().findFirst();
    }

    /** The language it belongs to, or empty. */
    String lang() {
        return language.map(ClaimedLanguage::language).orElse("");
    }

    boolean isPairMember() {
        return !chooser && notFound.isEmpty() && PAIR.contains(lang());
    }

    private static boolean isMostlyCyrillic(String text) {
        long cyr = text.codePoints().filter(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC).count();
        return cyr * 2 > Texts.letters(text);
    }
}
