package kz.govsite.run;

import java.util.List;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageSnapshot;
import kz.govsite.page.PageResult;

/**
 * What visiting one URL produced.
 *
 * @param result    the page's entry in the report
 * @param snapshot  the rendered page, or null when it was not rendered (error, redirect, document)
 * @param findings  findings of the checks that ran on it
 * @param next      in-scope URLs to queue: its links, or a redirect's target
 * @param documents non-HTML resources it links to
 * @param messages  notes for the report
 */
record VisitOutcome(PageResult result, PageSnapshot snapshot, List<Finding> findings, List<String> next,
                    List<String> documents, List<String> messages) {
}
