package kz.govsite.check.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import org.jsoup.nodes.Element;

/**
 * Flags a {@code lang} below {@code <html>} that is not a valid language tag, on elements whose
 * text (or alt text) takes its language from it (ACT de46e4).
 */
final class ElementLangInvalid {
    static final String ID = "language.lang-invalid";

    List<Finding> inspect(PageLanguage page) {
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var findings = new ArrayList<Finding>();
        for (TextBlock b : page.blocks()) {
            Element el = b.langElement();
            if (!b.isMarked() || !seen.add(el)) continue;
            LanguageTag tag = new LanguageTag(el.attr("lang"));
            tag.problem().ifPresent(problem -> findings.add(LanguageFindings.onElement(ID, Severity.SERIOUS, page.url(),
                    el, el.cssSelector(), "lang on <" + el.tagName() + ">: " + problem, "3.1.2",
                    LanguageFindings.ACT + "de46e4/", Map.of("lang", tag.value()))
                    .withText(LanguageFindings.invalidTag(ID, tag, el.tagName()))));
        }
        return findings;
    }
}
