package kz.govsite.check.axe;

import java.util.List;
import kz.govsite.browser.AxeRun;
import kz.govsite.browser.AxeScript;
import kz.govsite.check.LiveCheck;
import kz.govsite.check.LivePage;
import kz.govsite.finding.Finding;
import kz.govsite.pictures.ElementPictures;
import kz.govsite.pictures.PictureOptions;
import org.openqa.selenium.WebDriverException;

/** Runs axe-core on the page and turns each failing element into an {@code axe.<rule>} finding. */
public final class AxeCheck implements LiveCheck {
    private final AxeRun run;
    private final ElementPictures pictures;

    /** @param reportDirectory the folder report.html is in, which element pictures are linked from */
    public AxeCheck(AxeRun run, PictureOptions pictures, java.nio.file.Path reportDirectory) {
        this.run = run;
        this.pictures = new ElementPictures(pictures, reportDirectory);
    }

    @Override
    public String family() {
        return AxeFamily.ID;
    }

    @Override
    public List<Finding> inspect(LivePage page) {
        var result = AxeScript.run(page.session(), run, AxeScript.noOverrides());
        double opened = page.session().openedDocument();
        if (opened != 0 && result.document() != opened) {
            // The page reloaded or left by itself while axe ran: these results belong to another document.
            throw new WebDriverException("the page reloaded itself while it was being checked");
        }
        pictures.take(page, result);
        return AxeFindings.of(page.url(), result);
    }
}
