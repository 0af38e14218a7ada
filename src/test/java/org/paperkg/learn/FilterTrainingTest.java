package org.paperkg.learn;

import org.junit.jupiter.api.Test;
import org.paperkg.extract.MentionFilter;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-type cut: the best F1 on held-out probabilities, read off a smoothed curve. */
class FilterTrainingTest {
    private static List<double[]> candidates(int count, double probability, boolean right) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new double[]{probability, right ? 1 : 0});
        }
        return out;
    }

    @Test
    void withNothingToChooseFromTheCutIsTheDefault() {
        assertEquals(MentionFilter.DEFAULT_CUT, FilterTraining.bestCut(List.of(), 10));
    }

    @Test
    void separableCandidatesAreCutInTheGapBetweenThem() {
        List<double[]> all = new ArrayList<>(candidates(50, 0.9, true));
        all.addAll(candidates(200, 0.1, false));
        double cut = FilterTraining.bestCut(all, 50);
        assertTrue(cut > 0.1 && cut <= 0.9, "cut " + cut);
    }

    @Test
    void aLoneBumpOfTheCurveDoesNotMoveTheCut() {
        // a broad region of good cuts around 0.3, and one narrow step at 0.8 that is a hair better on its own
        List<double[]> all = new ArrayList<>(candidates(60, 0.95, true));
        all.addAll(candidates(30, 0.35, true));
        all.addAll(candidates(10, 0.35, false));
        all.addAll(candidates(6, 0.81, true));
        all.addAll(candidates(300, 0.05, false));
        double cut = FilterTraining.bestCut(all, 100);
        assertTrue(cut <= 0.35, "cut " + cut);
    }
}
