package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.paperkg.SharedExtractor;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.PaperFacts;

/** Small lookups over extracted facts, so that assertions read like the behaviour they check. */
final class Facts {
    final PaperFacts facts;

    private Facts(PaperFacts facts) {
        this.facts = facts;
    }

    static Facts of(String title, String abstractText) {
        return new Facts(SharedExtractor.extract(title, abstractText));
    }

    static Facts ofAbstract(String abstractText) {
        return of("A Study of Several Things", abstractText);
    }

    /** The facts the command line extracts: the rules with the shipped learned model. */
    static Facts shipped(String abstractText) {
        return shipped("A Study of Several Things", abstractText);
    }

    static Facts shipped(String title, String abstractText) {
        return new Facts(SharedExtractor.standard().extract(org.paperkg.model.Paper.of(title,
                abstractText, new org.paperkg.model.SourceLocation("test", 1))));
    }

    List<EntityMention> ofType(EntityType type) {
        return facts.mentions().stream().filter(m -> m.type() == type).toList();
    }

    List<String> names(EntityType type) {
        return ofType(type).stream().map(EntityMention::name).toList();
    }

    /** The mention of this type that has {@code form} as its name or one of its aliases. */
    EntityMention find(EntityType type, String form) {
        return ofType(type).stream()
                .filter(m -> m.name().equals(form) || m.aliases().contains(form))
                .findFirst()
                .orElseGet(() -> fail("no " + type.singular() + " '" + form + "' in " + facts.mentions()));
    }

    boolean has(EntityType type, String form) {
        return ofType(type).stream().anyMatch(m -> m.name().equals(form) || m.aliases().contains(form));
    }

    /** Any entity, of any type, named or aliased {@code form}. */
    boolean hasAny(String form) {
        return facts.mentions().stream().anyMatch(m -> m.name().equals(form) || m.aliases().contains(form));
    }

    /** The name of the mention of this type with this key, or null. */
    String nameOf(EntityType type, String key) {
        if (key == null) {
            return null;
        }
        return ofType(type).stream().filter(m -> m.key().equals(key)).map(EntityMention::name).findFirst().orElse(null);
    }

    List<ClaimedResult> results() {
        return facts.results();
    }

    ClaimedResult onlyResult() {
        if (facts.results().size() != 1) {
            fail("expected one result, got " + facts.results());
        }
        return facts.results().get(0);
    }

    /** The result with this value (as written in the sentence, e.g. "41.9"). */
    ClaimedResult valued(String value) {
        return facts.results().stream().filter(r -> new java.math.BigDecimal(value).compareTo(r.value()) == 0).findFirst()
                .orElseThrow(() -> new AssertionError("no result " + value + " in " + facts.results()));
    }
}
