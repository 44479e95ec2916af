package kz.govsite.finding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A finding's text as data: a stable id and its named parameters, in the order the English text
 * uses them, so that a report (or another tool) can say it in kk, ru or en. The English sentence
 * stays in {@link Finding#message()}; this never takes part in the fingerprint.
 *
 * @param id     stable text id such as {@code lowvision.toggle-missing.plugin}; empty when there is none
 * @param params parameter name to value, in order; values may come from the page, so escape before display
 */
public record Message(String id, Map<String, String> params) {
    /** No translatable text: readers fall back to the English message. */
    public static final Message NONE = new Message("", Map.of());

    public Message {
        Objects.requireNonNull(id, "id");
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A message from its id and alternating parameter names and values. */
    public static Message of(String id, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("names and values come in pairs: " + id);
        var params = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        return new Message(id, params);
    }

    public boolean isEmpty() {
        return id.isEmpty();
    }
}
