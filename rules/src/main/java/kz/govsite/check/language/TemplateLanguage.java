package kz.govsite.check.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;

/**
 * Judges the site's template once for each language's pages: a menu in Russian on every Kazakh
 * page is one fault of the site, not one per page. When most of the template's words are in
 * another language, that is one {@code language.template-language} finding with the pages counted;
 * else each sentence-long template block in another language without a {@code lang} is one
 * {@code language.unmarked-passage} finding, on the first page that shows it.
 */
final class TemplateLanguage {
    static final String ID = "language.template-language";

    private final LanguageGuesser guesser;

    TemplateLanguage(LanguageGuesser guesser) {
        this.guesser = guesser;
    }

    List<Finding> inspect(SiteTemplate template) {
        var findings = new ArrayList<Finding>();
        for (String language : template.languages()) {
            if (!guesser.languages().contains(language)) continue;
            List<SiteTemplate.Text> texts = template.texts(language).stream().filter(t -> !t.marked()).toList();
            var words = new TreeMap<String, Integer>();
            int undetermined = 0;
            for (SiteTemplate.Text t : texts) {
                String l = languageOf(t.text());
                if (l.isEmpty()) undetermined += t.words();
                else words.merge(l, t.words(), Integer::sum);
            }
            var shares = new LanguageShares(words, undetermined);
            var other = shares.majority().filter(l -> !l.equals(language));
            if (other.isPresent() && shares.total() >= WrongLanguage.MIN_WORDS) {
                findings.add(wholeTemplate(template, language, other.get(), shares, texts));
            } else {
                for (SiteTemplate.Text t : texts) passage(template, language, t).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /** A label's or a passage's language on strong evidence only: menus are mostly one or two words. */
    private String languageOf(String text) {
        Guess g = guesser.guess(text);
        if (!g.isDetermined()) return "";
        boolean kazakhLetter = KazakhLetters.hasKazakhLetter(text);
        if (g.primary().equals("kk")) return kazakhLetter ? "kk" : "";
        if (g.primary().equals("ru") && kazakhLetter) return "";
        return g.confidence() >= TitleLanguage.SHORT_RUSSIAN_CONFIDENCE || Texts.words(text) >= TextBlock.MIN_WORDS
                && g.confidence() >= TitleLanguage.LONG_TEXT_CONFIDENCE ? g.primary() : "";
    }

    private Finding wholeTemplate(SiteTemplate template, String language, String actual, LanguageShares shares,
                                  List<SiteTemplate.Text> texts) {
        int pages = template.pages(language);
        int least = texts.stream().mapToInt(SiteTemplate.Text::pages).min().orElse(0);
        int most = texts.stream().mapToInt(SiteTemplate.Text::pages).max().orElse(0);
        String examples = texts.stream().filter(t -> actual.equals(languageOf(t.text()))).limit(4)
                .map(t -> LanguageFindings.quote(t.text())).collect(Collectors.joining(", "));
        var evidence = new HashMap<>(shares.evidence());
        evidence.put("expected", language);
        evidence.put("actual", actual);
        evidence.put("pages", String.valueOf(most));
        evidence.put("pagesOfLanguage", String.valueOf(pages));
        evidence.put("blocks", String.valueOf(texts.size()));
        String url = texts.stream().map(SiteTemplate.Text::url).sorted().findFirst().orElse("");
        return Finding.onPage(ID, Severity.SERIOUS, url, String.format(Locale.ROOT,
                        "the site's template on %s pages (menus, footers and other blocks repeated on %s of the %d %s "
                                + "pages) is in %s: %s; e.g. %s", language, least == most ? String.valueOf(most)
                                : least + " to " + most, pages, language, actual,
                        shares.describe(), examples))
                .withEvidence(evidence)
                .withText(ID, "language", language, "pages", least == most ? String.valueOf(most) : least + "–" + most,
                        "total", pages, "actual", actual, "shares", shares.describe(), "examples", examples);
    }

    private java.util.Optional<Finding> passage(SiteTemplate template, String language, SiteTemplate.Text t) {
        if (t.words() < UnmarkedPassage.MIN_WORDS || Texts.letters(t.text()) < UnmarkedPassage.MIN_LETTERS) {
            return java.util.Optional.empty();
        }
        Guess g = guesser.guess(t.text());
        if (!g.isDetermined() || g.primary().equals(language) || g.confidence() < UnmarkedPassage.MIN_CONFIDENCE
                || !guesser.languages().contains(g.primary())) {
            return java.util.Optional.empty();
        }
        int pages = template.pages(language);
        return java.util.Optional.of(new Finding(UnmarkedPassage.ID, Severity.MODERATE, t.url(), t.selector(),
                String.format(Locale.ROOT, "a passage in %s in the site's template, on %d of the %d %s pages, has no "
                        + "lang=\"%s\": %s", g.language(), t.pages(), pages, language, g.language(),
                        LanguageFindings.quote(t.text())),
                List.of("3.1.2"), t.snippet(), UnmarkedPassage.HELP,
                Map.of("detected", g.language(), "pageLang", language, "pages", String.valueOf(t.pages()),
                        "confidence", String.format(Locale.ROOT, "%.2f", g.confidence())))
                .withText(UnmarkedPassage.ID + ".template", "detected", g.language(), "pages", t.pages(), "total", pages,
                        "language", language, "text", Texts.shorten(t.text(), 80)));
    }
}
