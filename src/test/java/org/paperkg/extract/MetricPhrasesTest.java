package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

/** Metric names found beyond the lexicon's exact entries. */
class MetricPhrasesTest {

    @Test
    void oneWordMetricQualifiedByNounsIsNamedByTheWholePhrase() {
        Facts f = Facts.ofAbstract("The harmonized models improve their retrieval accuracy on all benchmarks.");
        assertTrue(f.has(EntityType.METRIC, "retrieval accuracy"), f.names(EntityType.METRIC).toString());
        assertFalse(f.has(EntityType.METRIC, "accuracy"), f.names(EntityType.METRIC).toString());
    }

    @Test
    void evaluativeAdjectiveDoesNotQualifyAMetric() {
        Facts f = Facts.ofAbstract("The harmonized models reach impressive accuracy on all benchmarks.");
        assertEquals(java.util.List.of("accuracy"), f.names(EntityType.METRIC));
    }

    @Test
    void unitAfterANumberDoesNotQualifyAMetric() {
        Facts f = Facts.ofAbstract("Our largest model obtains 7.0 ms latency on a phone.");
        assertTrue(f.has(EntityType.METRIC, "latency"), f.names(EntityType.METRIC).toString());
    }

    @Test
    void tokenJoiningMetricNamesNamesEachOfThem() {
        Facts f = Facts.ofAbstract("The searched models achieve better accuracy-MACs trade-offs than hand-designed ones.");
        assertTrue(f.has(EntityType.METRIC, "accuracy"), f.facts.mentions().toString());
        assertTrue(f.has(EntityType.METRIC, "MACs"), f.facts.mentions().toString());
        assertFalse(f.hasAny("accuracy-MACs"), f.facts.mentions().toString());
    }

    @Test
    void metricNameUsedAsAVerbIsNoMetric() {
        Facts f = Facts.ofAbstract("Pretrained policies can be used to speed up training of larger networks.");
        assertFalse(f.has(EntityType.METRIC, "speed up"), f.names(EntityType.METRIC).toString());
        assertEquals(java.util.List.of(), f.names(EntityType.METRIC));
    }

    @Test
    void fewerParametersIsTheNumberOfParameters() {
        Facts f = Facts.ofAbstract("Our design matches the baseline while containing fewer parameters.");
        assertTrue(f.has(EntityType.METRIC, "number of parameters"), f.names(EntityType.METRIC).toString());
    }
}
