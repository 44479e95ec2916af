package kz.govsite.check.toy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code summary.contacts}: the phone numbers found, and which are links.
 *
 * @param phones one row per number: page, number, linked
 */
record ContactsSummary(List<Phone> phones) {
    record Phone(String page, String number, boolean linked) {
    }

    long unlinked() {
        return phones.stream().filter(p -> !p.linked()).count();
    }

    Map<String, Object> toMap() {
        var m = new LinkedHashMap<String, Object>();
        m.put("phones", phones.size());
        m.put("unlinked", unlinked());
        m.put("list", phones.stream().map(p -> Map.<String, Object>of("page", p.page(), "number", p.number(),
                "linked", p.linked())).toList());
        return m;
    }

    /** Read back from a report's summary, or empty when the family did not run. */
    static Optional<ContactsSummary> from(Map<String, Object> summaryExtra) {
        if (!(summaryExtra.get(ContactsFamily.ID) instanceof Map<?, ?> m) || !(m.get("list") instanceof List<?> list)) {
            return Optional.empty();
        }
        var phones = new ArrayList<Phone>();
        for (Object o : list) {
            if (o instanceof Map<?, ?> row) {
                phones.add(new Phone(String.valueOf(row.get("page")), String.valueOf(row.get("number")),
                        Boolean.TRUE.equals(row.get("linked"))));
            }
        }
        return Optional.of(new ContactsSummary(phones));
    }

    static final class Builder {
        private final List<Phone> phones = new ArrayList<>();

        void phone(String page, String number, boolean linked) {
            phones.add(new Phone(page, number, linked));
        }

        ContactsSummary build() {
            return new ContactsSummary(List.copyOf(phones));
        }
    }
}
