package kz.govsite.check;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import kz.govsite.check.documents.DocumentSource;
import kz.govsite.check.language.LanguageGuesser;
import kz.govsite.pictures.PictureOptions;

/**
 * What a family may build its checks from: the options of a run, not the whole configuration, so
 * that checks never reach back up to it.
 *
 * @param checks          ids of the families that run
 * @param axeRulesCovered axe rules that families which run report better, so axe leaves them out
 * @param options         options families own, raw by property name (e.g. {@code govsite.maxDocuments});
 *                        each family reads its own (e.g. {@code LowVisionOptions.of(options)})
 * @param cacheDirectory  the page cache's folder, or null
 * @param reportDirectory where the reports (and screenshots) are written
 * @param pictures        the pictures report.html gets (none when it is not written)
 * @param documents       where documents are fetched from
 * @param guesser         the run's language detector, made on first use and shared by every family
 */
public record FamilySetup(Set<String> checks, Set<String> axeRulesCovered, Map<String, String> options,
                          Path cacheDirectory, Path reportDirectory, PictureOptions pictures,
                          DocumentSource documents, Supplier<LanguageGuesser> guesser) {

    /** Whether a family runs. */
    public boolean runs(String family) {
        return checks.contains(family);
    }
}
