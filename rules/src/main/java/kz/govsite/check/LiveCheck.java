package kz.govsite.check;

import java.util.List;
import kz.govsite.finding.Finding;

/**
 * Inspects a page while it is open in the browser (axe-core, the low-vision mode).
 *
 * <p>A live check may click and navigate, but must leave the session as it found it: in the
 * normal mode, so that the next page is seen as a first-time visitor sees it.
 */
public interface LiveCheck extends Check {
    List<Finding> inspect(LivePage page);
}
