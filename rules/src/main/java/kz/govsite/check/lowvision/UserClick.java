package kz.govsite.check.lowvision;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import kz.govsite.browser.BrowserSession;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
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

    /**
     * A point of the viewport over nothing a user could hover for an effect (a corner of the page,
     * else its middle); the focus is dropped too, so that :focus colours are not measured either.
     */
    private static final String REST_POINTER = """
            if (document.activeElement && document.activeElement !== document.body && document.activeElement.blur) {
              document.activeElement.blur();
            }
            var w = window.innerWidth, h = window.innerHeight;
            var spots = [[w - 2, h - 2], [2, h - 2], [w / 2, h - 2], [w - 2, h / 2], [2, h / 2], [w / 2, h / 2], [2, 2]];
            var active = 'a, button, input, select, textarea, label, summary, [onclick], [role=button], [role=link]';
            for (var i = 0; i < spots.length; i++) {
              var hit = document.elementFromPoint(spots[i][0], spots[i][1]);
              if (!hit || !hit.closest(active)) return [Math.round(spots[i][0]), Math.round(spots[i][1])];
            }
            return [Math.round(w - 2), Math.round(h - 2)];
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
        restPointer(session);
    }

    /**
     * Moves the pointer off the control it clicked: a pointer resting on the toggle keeps its
     * :hover colours, which would be measured (and their contrast judged) as the mode's.
     */
    static void restPointer(BrowserSession session) {
        try {
            Object at = session.script(REST_POINTER);
            if (!(at instanceof List<?> xy) || xy.size() != 2) return;
            if (session.hasDevTools()) {
                session.cdp("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", xy.get(0), "y", xy.get(1),
                        "button", "none", "buttons", 0));
            } else {
                new Actions(session.driver()).moveToLocation(((Number) xy.get(0)).intValue(),
                        ((Number) xy.get(1)).intValue()).perform();
            }
            session.asyncScript("var done = arguments[arguments.length - 1];"
                    + "requestAnimationFrame(function () { setTimeout(done, 0); });");
        } catch (WebDriverException e) {
            // A page that went away under the pointer has no hover left to measure.
        }
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
