package kz.govsite.check.lowvision;

import org.openqa.selenium.WebElement;

/**
 * A clickable element of the page.
 *
 * @param element  the element in the browser (null in tests of the choice alone)
 * @param name     its accessible name
 * @param selector how to find it again: a known selector, or a CSS path
 * @param visible  whether it is shown
 */
public record Control(WebElement element, String name, String selector, boolean visible) {
}
