package kz.govsite.check.parity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;

/** Flags twins whose numbers disagree: sums, dates, percentages, phone and document numbers. */
final class NumbersMismatch {
    static final String ID = "parity.numbers-mismatch";
    private static final int SHOWN = 10;

    /** One finding per pair, on the version that lacks more numbers (the Kazakh one on a tie). */
    Optional<Finding> inspect(PairOfPages pair) {
        Numbers.Difference d = Numbers.compare(pair.ru().numbers(), pair.kk().numbers());
        if (d.isEmpty()) return Optional.empty();
        List<String> kkLacks = d.onlyInFirst();
        List<String> ruLacks = d.onlyInSecond();
        boolean onKazakh = kkLacks.size() >= ruLacks.size();
        PageFacts page = onKazakh ? pair.kk() : pair.ru();
        PageFacts twin = onKazakh ? pair.ru() : pair.kk();
        String message = "the numbers differ from the " + twin.lang() + " version " + twin.url() + ": "
                + side("kk", kkLacks) + (kkLacks.isEmpty() || ruLacks.isEmpty() ? "" : "; ") + side("ru", ruLacks);
        return Optional.of(Finding.onPage(ID, Severity.SERIOUS, page.url(), message).withEvidence(Map.of(
                "twin", twin.url(), "kkLacks", String.join(" ", kkLacks), "ruLacks", String.join(" ", ruLacks)))
                .withText(ID, "twinLanguage", twin.lang(), "twin", twin.url(), "kkLacks", shown(kkLacks),
                        "ruLacks", shown(ruLacks)));
    }

    private static String shown(List<String> lacks) {
        if (lacks.isEmpty()) return "—";
        return String.join(", ", lacks.subList(0, Math.min(SHOWN, lacks.size()))) + (lacks.size() > SHOWN ? ", …" : "");
    }

    private static String side(String language, List<String> lacks) {
        if (lacks.isEmpty()) return "";
        String shown = String.join(", ", lacks.subList(0, Math.min(SHOWN, lacks.size())));
        return "the " + language + " page lacks " + shown + (lacks.size() > SHOWN ? " and " + (lacks.size() - SHOWN)
                + " more" : "");
    }
}
