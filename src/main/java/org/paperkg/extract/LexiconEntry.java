package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.EntityType;

import java.util.List;

/**
 * One line of a lexicon file: a well-known entity with its canonical name and aliases.
 *
 * @param caseSensitive when true, a surface form matches only as written (for names that are also
 *                      ordinary words, such as "Adam")
 */
public record LexiconEntry(EntityType type, String canonical, List<String> aliases, boolean caseSensitive) {
    public LexiconEntry {
        aliases = List.copyOf(aliases);
    }

    /** The shared identity of this entity. */
    public String key() {
        return TermKey.of(canonical);
    }

    /** The canonical name followed by the aliases. */
    public List<String> forms() {
        List<String> all = new java.util.ArrayList<>(aliases.size() + 1);
        all.add(canonical);
        all.addAll(aliases);
        return all;
    }
}
