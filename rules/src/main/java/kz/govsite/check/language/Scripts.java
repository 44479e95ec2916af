package kz.govsite.check.language;

/**
 * How many letters of a text are Cyrillic, Latin or other: Lingua sorts candidates by alphabet
 * first, so mixed and Latin texts need deciding before it is asked.
 *
 * @param cyrillic Cyrillic letters
 * @param latin    Latin letters
 * @param other    letters of any other script
 */
record Scripts(int cyrillic, int latin, int other) {
    static Scripts of(String text) {
        int cyr = 0;
        int lat = 0;
        int oth = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.CYRILLIC) cyr++;
            else if (script == Character.UnicodeScript.LATIN) lat++;
            else oth++;
        }
        return new Scripts(cyr, lat, oth);
    }

    int letters() {
        return cyrillic + latin + other;
    }

    boolean mostlyLatin() {
        return latin > cyrillic && latin >= other;
    }

    boolean mostlyCyrillic() {
        return cyrillic >= latin && cyrillic >= other && cyrillic > 0;
    }
}
