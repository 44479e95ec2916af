package kz.govsite.check;

import java.util.List;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageSnapshot;

/** Inspects the site as a whole once every page was visited: pairs of twins, site-wide shares. */
public interface SiteWideCheck extends Check {
    List<Finding> inspect(SiteView site);

    /** Further URLs this check needs visited because of {@code page} (e.g. its language twin). */
    default List<String> urlsToAlsoVisit(PageSnapshot page) {
        return List.of();
    }
}
