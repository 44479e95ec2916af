package kz.govsite.check.lowvision;

import java.time.Duration;
import java.util.HashSet;
import kz.govsite.browser.BrowserSession;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.MoveTargetOutOfBoundsException;

/** Clicks a control the way a user does and waits for what the click set off. */
final class UserClick {
    /** How long a click's effect may take to settle; toggles that reload the page take one load. */
    static final Duration SETTLE = Duration.ofSeconds(3);

    private UserClick() {
    }

    /**
     * A real mouse click where the element can take one; a script click where it is covered or
     * off-screen (icons in collapsed menus). ChromeDriver waits for a navigation the click starts;
     * the DOM is then given time to go quiet. A control that opens its version in a new window
     * (target="_blank") leaves the session in that window, as it leaves the user.
     */
    static void click(BrowserSession session, WebElement element) {
        var before = new HashSet<>(session.driver().getWindowHandles());
        try {
            if (!session.mouseClick(element)) element.click();
        } catch (ElementNotInteractableException | MoveTargetOutOfBoundsException e) {
            session.script("arguments[0].click();", element);
        }
        session.driver().getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst()
                .ifPresent(opened -> session.driver().switchTo().window(opened));
        session.settle(SETTLE);
    }
}
