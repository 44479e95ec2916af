package kz.govsite.check.lowvision;

import java.nio.file.Path;
import kz.govsite.browser.AxeRun;

/**
 * What the low-vision check needs of a run.
 *
 * @param options         the low-vision options
 * @param axe             what axe runs on the normal page, whose scope the mode's contrast runs keep
 * @param axeRuns         whether the axe family runs, so that the normal page's contrast is judged there
 * @param reportDirectory where screenshots are linked from
 */
public record LowVisionSettings(LowVisionOptions options, AxeRun axe, boolean axeRuns, Path reportDirectory) {
}
