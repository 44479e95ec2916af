package kz.govsite.check.parity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.govsite.check.SiteView;
import kz.govsite.check.language.KazakhLetters;
import kz.govsite.check.language.LanguageGuesser;
import kz.govsite.check.language.Texts;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageSnapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Flags short texts a page took unchanged from its twin: an {@code alt}, an {@code aria-label}, the
 * {@code <title>} or a part of it («Министрлік | Контакты» on the Kazakh page, «Министерство |
 * Контакты» on the Russian one). They are too short for detection to tell their language, but a
 * Russian text (no Kazakh letter) that is the same on the Kazakh page as on its Russian twin is
 * untranslated, and so is a Kazakh one on the Russian page. A label copied on many pages (a logo's
 * {@code alt} in the template) is one finding, with the pages counted.
 */
final class UntranslatedLabels {
    static final String ID = "parity.untranslated-label";
    /** A label copied on at least this many pages is the site's, reported once. */
    static final int SITE_WIDE = 3;
    static final int MAX_QUOTED = 4;
    static final String TITLE = "the title";
    static final String PART = "the title's part";
    /**
     * Endings of Russian plurals and adjectives: Kazakh borrows Russian words in their dictionary
     * form («бюджет», «стратегия»), never as «контакты» or «новости».
     */
    private static final Pattern RUSSIAN_ENDING = Pattern.compile("(ы|и|ая|яя|ое|ее|ые|ие|ый|ий|ой)$");
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|—–:/·-]+\\s+|\\s*\\|\\s*");

    /** A short text and where it is. */
    record Label(String kind, String text, String selector) {
        String key() {
            return Texts.comparable(text);
        }
    }

    private final LanguageGuesser guesser;

    UntranslatedLabels(LanguageGuesser guesser) {
        this.guesser = guesser;
    }

    /**
     * @param skip pages already reported as copying their twin's text, whose labels are part of that
     */
    List<Finding> inspect(Collection<PairOfPages> pairs, SiteView site, Set<String> skip) {
        // label key -> pages (in pair order) that copy it, with the label and the twin
        Map<String, List<Copy>> byLabel = new LinkedHashMap<>();
        for (PairOfPages pair : pairs) {
            var kk = labels(site, pair.kk().url());
            var ru = labels(site, pair.ru().url());
            if (kk.isEmpty() || ru.isEmpty()) continue;
            if (!skip.contains(pair.kk().url()) && pair.kk().wrong().isEmpty()) {
                copied(kk.get(), ru.get(), "ru").forEach(l -> byLabel.computeIfAbsent(l.key(), k -> new ArrayList<>())
                        .add(new Copy(pair.kk(), pair.ru(), l)));
            }
            if (!skip.contains(pair.ru().url()) && pair.ru().wrong().isEmpty()) {
                copied(ru.get(), kk.get(), "kk").forEach(l -> byLabel.computeIfAbsent(l.key(), k -> new ArrayList<>())
                        .add(new Copy(pair.ru(), pair.kk(), l)));
            }
        }
        var findings = new ArrayList<Finding>();
        Map<String, List<Copy>> byPage = new LinkedHashMap<>();
        for (List<Copy> copies : byLabel.values()) {
            if (copies.size() >= SITE_WIDE) findings.add(siteWide(copies));
            else copies.forEach(c -> byPage.computeIfAbsent(c.page().url(), u -> new ArrayList<>()).add(c));
        }
        byPage.values().forEach(copies -> findings.add(onPage(copies)));
        return findings;
    }

    private record Copy(PageFacts page, PageFacts twin, Label label) {
    }

    /** The labels of {@code own} that are the same as one of the twin's and written in the twin's language. */
    List<Label> copied(List<Label> own, List<Label> twin, String twinLanguage) {
        Set<String> theirs = new HashSet<>();
        twin.forEach(l -> theirs.add(l.key()));
        // «Министрлік | Контакты» beside «Министерство | Контакты»: half translated, the other half is a copy.
        boolean titlePartlyTranslated = own.stream().anyMatch(l -> l.kind().equals(PART) && !theirs.contains(l.key()));
        Set<String> seen = new HashSet<>();
        var out = new ArrayList<Label>();
        boolean wholeTitle = false;
        for (Label l : own) {
            if (!theirs.contains(l.key()) || !seen.add(l.key()) || wholeTitle && l.kind().equals(PART)) continue;
            if (isIn(l.text(), twinLanguage, l.kind().equals(PART) && titlePartlyTranslated)) {
                out.add(l);
                wholeTitle |= l.kind().equals(TITLE);
            }
        }
        return out;
    }

    /**
     * Whether a short Cyrillic text is written in {@code language}. Kazakh needs a Kazakh-only letter
     * and two words (one capitalised word with such a letter on a Russian page is a name: «Мәжіліс»).
     * Russian needs no Kazakh letter and no Kazakh reading by detection; one word must also read as
     * Russian («Главная»), or stand beside a translated part of the same title with a Russian plural
     * or adjective ending («Контакты»), since many single words are the same in both languages
     * («Бюджет», «Президент», «Фотогалерея»). Names
     * (capitalised words only, «Асет Ергалиев»), Latin and digits are in no language.
     */
    boolean isIn(String text, String language, boolean besideTranslatedPart) {
        int letters = Texts.letters(text);
        long cyrillic = text.codePoints().filter(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC).count();
        if (letters < 3 || cyrillic * 2 <= letters) return false;
        String[] words = Texts.collapse(text.replaceAll("[^\\p{L}\\s-]", " ")).split(" ");
        if (words.length > 1 && Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)))) {
            return false;
        }
        boolean kazakhLetter = KazakhLetters.hasKazakhLetter(text);
        if (language.equals("kk")) return kazakhLetter && words.length > 1;
        if (kazakhLetter) return false;
        var g = guesser.guess(text);
        if (g.isDetermined() && g.primary().equals("kk")) return false;
        return words.length > 1 || g.isDetermined() && g.primary().equals("ru")
                || besideTranslatedPart && RUSSIAN_ENDING.matcher(words[0]).find();
    }

    /** The page's alt texts, aria-labels, title and title parts, read from its snapshot. */
    static Optional<List<Label>> labels(SiteView site, String url) {
        Optional<PageSnapshot> snapshot = site.page(url);
        if (snapshot.isEmpty()) return Optional.empty();
        Document doc = Jsoup.parse(snapshot.get().html(), snapshot.get().finalUrl());
        var out = new ArrayList<Label>();
        Element title = doc.selectFirst("title");
        if (title != null && !Texts.collapse(title.text()).isEmpty()) {
            String whole = Texts.collapse(title.text());
            out.add(new Label(TITLE, whole, "title"));
            String[] parts = TITLE_PARTS.split(whole);
            if (parts.length > 1) {
                for (String part : parts) out.add(new Label(PART, part.strip(), "title"));
            }
        }
        for (Element el : doc.select("body [alt], body [aria-label]")) {
            for (String attr : List.of("alt", "aria-label")) {
                String text = Texts.collapse(el.attr(attr));
                if (!text.isEmpty()) out.add(new Label(attr, text, el.cssSelector()));
            }
        }
        return Optional.of(out);
    }

    private static Finding onPage(List<Copy> copies) {
        Copy first = copies.get(0);
        String quoted = copies.stream().limit(MAX_QUOTED).map(c -> c.label().kind() + " «" + c.label().text() + "»")
                .collect(Collectors.joining(", "));
        String more = copies.size() > MAX_QUOTED ? " and " + (copies.size() - MAX_QUOTED) + " more" : "";
        var evidence = Map.of("twin", first.twin().url(), "labels", String.valueOf(copies.size()),
                "expected", first.page().lang(), "copiedFrom", first.twin().lang());
        return new Finding(ID, Severity.MODERATE, first.page().url(), copies.size() == 1 ? first.label().selector() : "",
                "the " + first.page().lang() + " page has " + (copies.size() == 1 ? "a short text" : copies.size()
                        + " short texts") + " copied unchanged from its " + first.twin().lang() + " twin "
                        + first.twin().url() + ", not translated: " + quoted + more,
                List.of(), "", "", evidence)
                .withText(ID, "language", first.page().lang(), "twinLanguage", first.twin().lang(), "twin",
                        first.twin().url(), "count", copies.size(), "labels", copies.stream().limit(MAX_QUOTED)
                                .map(c -> "«" + c.label().text() + "»").collect(Collectors.joining(", "))
                                + (copies.size() > MAX_QUOTED ? ", …" : ""));
    }

    private static Finding siteWide(List<Copy> copies) {
        Copy first = copies.get(0);
        String lang = first.page().lang();
        var evidence = Map.of("pages", String.valueOf(copies.size()), "expected", lang,
                "copiedFrom", first.twin().lang(), "twin", first.twin().url());
        return new Finding(ID, Severity.MODERATE, first.page().url(), first.label().selector(),
                first.label().kind() + " «" + first.label().text() + "» is the same on " + copies.size() + " " + lang
                        + " pages as on their " + first.twin().lang() + " twins, not translated (e.g. "
                        + first.twin().url() + ")",
                List.of(), "", "", evidence)
                .withText(ID + ".site-wide", "label", first.label().text(), "count", copies.size(), "language", lang,
                        "twinLanguage", first.twin().lang(), "twin", first.twin().url());
    }
}
