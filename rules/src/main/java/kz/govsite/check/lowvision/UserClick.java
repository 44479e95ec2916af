package kz.govsite.check.lowvision;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import kz.govsite.browser.BrowserSession;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.MoveTargetOutOfBoundsException;

/** Clicks a control the way a user does and waits for what the click set off. */
final class UserClick {
    /** How long a click's effect may take to settle; toggles that reload the page take one load. */
    static final Duration SETTLE = Duration.ofSeconds(3);

    /** Scrolls the element to the middle and answers its centre, or null when it has no size or is covered there. */
    private static final String CENTRE_IF_UNCOVERED = """
            var el = arguments[0];
            el.scrollIntoView({ block: 'center', inline: 'center' });
            var r = el.getBoundingClientRect();
            if (r.width < 1 || r.height < 1) return null;
            var x = r.left + r.width / 2, y = r.top + r.height / 2;
            var hit = document.elementFromPoint(x, y);
            return hit && (hit === el || el.contains(hit)) ? [x, y] : null;
            """;

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
            if (!mouseClick(session, element)) element.click();
        } catch (ElementNotInteractableException | MoveTargetOutOfBoundsException e) {
            session.script("arguments[0].click();", element);
        }
        session.driver().getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst()
                .ifPresent(opened -> session.driver().switchTo().window(opened));
        session.settle(SETTLE);
    }

    /**
     * Clicks with the mouse: the element scrolled into view, at its centre, as real (trusted) pointer
     * and mouse events through DevTools. Answers false, having clicked nothing, when the element
     * cannot take such a click (covered, no size) or the session has no DevTools: the caller then
     * clicks the WebDriver way, which costs a tenth of a second more, waiting for navigations that
     * the settling after the click waits for anyway.
     */
    private static boolean mouseClick(BrowserSession session, WebElement element) {
        if (!session.hasDevTools()) return false;
        Object at = session.script(CENTRE_IF_UNCOVERED, element);
        if (!(at instanceof List<?> xy) || xy.size() != 2) return false;
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            session.cdp("Input.dispatchMouseEvent", Map.of("type", type, "x", xy.get(0), "y", xy.get(1),
                    "button", type.equals("mouseMoved") ? "none" : "left",
                    "buttons", type.equals("mousePressed") ? 1 : 0, "clickCount", 1));
        }
        return true;
    }
}
