package kz.govsite.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class GridShareTest {
    @Test
    void sitesShareTheSlotsTwoSessionsEach() {
        assertArrayEquals(new int[] {2, 2}, GridShare.split(4, 4, 2));
        assertArrayEquals(new int[] {4, 2}, GridShare.split(8, 4, 2));
        assertArrayEquals(new int[] {10, 2}, GridShare.split(20, 300, 2), "300 sites on 20 slots: 10 at a time");
    }

    @Test
    void neverMoreSitesAtOnceThanSitesOrSlots() {
        assertArrayEquals(new int[] {1, 3}, GridShare.split(3, 1, 2), "one site takes every slot");
        assertArrayEquals(new int[] {1, 1}, GridShare.split(1, 4, 2), "one slot, one site at a time");
        assertArrayEquals(new int[] {3, 1}, GridShare.split(3, 5, 3), "siteConcurrency asks for more sites at once");
    }
}
