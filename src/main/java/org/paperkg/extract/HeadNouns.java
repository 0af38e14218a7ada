package org.paperkg.extract;

import org.paperkg.model.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The type a noun phrase names, read off its head noun ("decoding latency" is a metric): {@code heads.txt}. */
final class HeadNouns {
    private final Map<String, EntityType> byLemma = new HashMap<>();

    static HeadNouns bundled() {
        HeadNouns heads = new HeadNouns();
        List<String> lines = Lexicon.lines("/org/paperkg/lexicon/heads.txt");
        if (lines.isEmpty()) {
            throw new IllegalStateException("missing resource lexicon/heads.txt");
        }
        for (String line : lines) {
            String[] parts = line.split("\t");
            heads.byLemma.putIfAbsent(parts[1].toLowerCase(Locale.ROOT), EntityType.valueOf(parts[0].toUpperCase(Locale.ROOT)));
        }
        return heads;
    }

    Optional<EntityType> typeOf(Token head) {
        EntityType t = byLemma.get(head.lemma().toLowerCase(Locale.ROOT));
        if (t == null) {
            t = byLemma.get(head.text().toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(t);
    }

    /** The type a bare word names as a head, for the parts of a hyphenated word ("graph-matching"). */
    Optional<EntityType> typeOfWord(String word) {
        return Optional.ofNullable(byLemma.get(word.toLowerCase(Locale.ROOT)));
    }
}
