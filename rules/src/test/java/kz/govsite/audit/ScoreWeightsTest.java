package kz.govsite.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import kz.govsite.InvalidConfigException;
import org.junit.jupiter.api.Test;

class ScoreWeightsTest {
    @Test
    void aScoreLeftOutKeepsWeightOne() {
        var w = ScoreWeights.parse("accessibility=2");
        assertEquals(2.0, w.of(ScoreKind.ACCESSIBILITY));
        assertEquals(1.0, w.of(ScoreKind.LOW_VISION));
        assertEquals(1.0, w.of(ScoreKind.PARITY));
        assertEquals(ScoreWeights.equal(), ScoreWeights.parse(" "));
    }

    @Test
    void badWeightsNameTheParameter() {
        assertEquals("govsite.auditWeights: 'speed=1' is not score=weight with score accessibility, lowVision or parity",
                assertThrows(InvalidConfigException.class, () -> ScoreWeights.parse("speed=1")).getMessage());
        assertEquals("govsite.auditWeights: 'much' is not a number",
                assertThrows(InvalidConfigException.class, () -> ScoreWeights.parse("parity=much")).getMessage());
        assertEquals("govsite.auditWeights: weight of parity must be 0 or more",
                assertThrows(InvalidConfigException.class, () -> ScoreWeights.parse("parity=-1")).getMessage());
        assertEquals("govsite.auditWeights: at least one weight must be above 0",
                assertThrows(InvalidConfigException.class,
                        () -> ScoreWeights.parse("accessibility=0,lowVision=0,parity=0")).getMessage());
    }
}
