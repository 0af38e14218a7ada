package org.paperkg.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IsotonicCalibrationTest {
    @Test
    void anOverconfidentModelIsPulledDownToTheShareThatWasRight() {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            pairs.add(new double[]{0.9, i < 60 ? 1 : 0}); // says 0.9, right 60% of the time
            pairs.add(new double[]{0.2, i < 10 ? 1 : 0}); // says 0.2, right 10% of the time
        }
        IsotonicCalibration c = IsotonicCalibration.fit(pairs);
        assertEquals(0.6, c.apply(0.9), 1e-9);
        assertEquals(0.1, c.apply(0.2), 1e-9);
    }

    @Test
    void theMapNeverReversesTheModelsRanking() {
        List<double[]> pairs = new ArrayList<>();
        pairs.add(new double[]{0.1, 1});
        pairs.add(new double[]{0.5, 0});
        pairs.add(new double[]{0.9, 1});
        IsotonicCalibration c = IsotonicCalibration.fit(pairs);
        double previous = -1;
        for (double p = 0; p <= 1; p += 0.05) {
            assertTrue(c.apply(p) >= previous, "monotone at " + p);
            previous = c.apply(p);
        }
    }

    @Test
    void aRateReadOnAFewPredictionsIsPooledWithItsNeighbourWhenBlocksMustHoldMore() {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            pairs.add(new double[]{0.5 + 0.003 * i, i % 4 == 3 ? 0 : 1}); // right 75% of the time
        }
        for (int i = 0; i < 5; i++) {
            pairs.add(new double[]{0.95, 1}); // a streak of five
        }
        assertEquals(1.0, IsotonicCalibration.fit(pairs).apply(0.95), 1e-9);
        IsotonicCalibration pooled = IsotonicCalibration.fit(pairs, 30);
        assertEquals(80.0 / 105, pooled.apply(0.95), 1e-9);
        assertEquals(80.0 / 105, pooled.apply(0.5), 1e-9);
    }

    @Test
    void withNoHeldOutPredictionsTheMapIsTheIdentity() {
        assertEquals(0.37, IsotonicCalibration.fit(List.of()).apply(0.37), 1e-12);
    }
}
