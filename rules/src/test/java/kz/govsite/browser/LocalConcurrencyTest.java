package kz.govsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocalConcurrencyTest {
    @Test
    void oneSessionMoreThanCoresWhenMemoryAllows() {
        assertEquals(2, LocalConcurrency.forMachine(1, 24_000));
        assertEquals(3, LocalConcurrency.forMachine(2, 24_000));
        assertEquals(5, LocalConcurrency.forMachine(4, 24_000));
    }

    @Test
    void freeMemoryCapsTheSessions() {
        assertEquals(2, LocalConcurrency.forMachine(8, 1024 + 2 * LocalConcurrency.SESSION_MIB + 100));
        assertEquals(1, LocalConcurrency.forMachine(4, 500), "never fewer than one");
    }

    @Test
    void unknownMemoryLeavesItToTheCores() {
        assertEquals(3, LocalConcurrency.forMachine(2, -1));
    }

    @Test
    void thisMachineGetsAtLeastOne() {
        assertTrue(LocalConcurrency.forThisMachine() >= 1);
    }
}
