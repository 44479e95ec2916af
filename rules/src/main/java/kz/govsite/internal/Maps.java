package kz.govsite.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small maps that keep the order they are written in. {@code Map.of} iterates in an order that
 * changes from one JVM to the next, so nothing written to a report may be built with it.
 */
public final class Maps {
    private Maps() {
    }

    /** {@code key, value, key, value, …} as an unmodifiable map in that order. */
    public static Map<String, Object> ordered(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) throw new IllegalArgumentException("keys and values must pair up");
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return Collections.unmodifiableMap(map);
    }
}
