package org.paperkg.extract;

import org.paperkg.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The type a noun phrase names, read off its head noun ("inference latency" is a metric): {@code heads.txt}. */
final class HeadNouns {
    private final Map<String, EntityType> byLemma = new HashMap<>();

    static HeadNouns bundled() {
        HeadNouns heads = new HeadNouns();
        InputStream in = HeadNouns.class.getResourceAsStream("/org/paperkg/lexicon/heads.txt");
        if (in == null) {
            throw new IllegalStateException("missing resource lexicon/heads.txt");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split("\t");
                heads.byLemma.putIfAbsent(parts[1].toLowerCase(Locale.ROOT),
                        EntityType.valueOf(parts[0].toUpperCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    Optional<EntityType> typeOfWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        EntityType t = byLemma.get(w);
        if (t == null && w.endsWith("s")) {
            t = byLemma.get(w.substring(0, w.length() - 1));
        }
        return Optional.ofNullable(t);
    }
}
