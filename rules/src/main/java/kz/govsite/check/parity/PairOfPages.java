package kz.govsite.check.parity;

/**
 * A Kazakh page and its Russian twin, both present.
 *
 * @param kk the Kazakh version
 * @param ru the Russian version
 */
record PairOfPages(PageFacts kk, PageFacts ru) {
    static PairOfPages of(PageFacts a, PageFacts b) {
        return a.lang().equals("kk") ? new PairOfPages(a, b) : new PairOfPages(b, a);
    }

    /** The same pair whichever page it was reached from. */
    String key() {
        return kk.url() + " <-> " + ru.url();
    }
}
