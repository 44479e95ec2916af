package kz.govsite.check;

import java.util.List;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageSnapshot;

/** Inspects what one visit captured; needs no live browser, so it runs off the browser threads. */
public interface PageCheck extends Check {
    List<Finding> inspect(PageSnapshot page);
}
