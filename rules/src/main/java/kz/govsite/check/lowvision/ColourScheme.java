package kz.govsite.check.lowvision;

import java.util.List;

/** A colour scheme a low-vision plugin offers, and the selectors of the control that picks it. */
public record ColourScheme(String name, List<String> selectors) {
    public ColourScheme {
        selectors = List.copyOf(selectors);
    }
}
