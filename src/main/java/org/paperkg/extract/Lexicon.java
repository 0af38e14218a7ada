package org.paperkg.extract;

import org.paperkg.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * General domain knowledge kept as data: well-known datasets, metrics, methods and tasks
 * ({@code lexicon/<type>s.txt}, "Canonical | alias | alias", {@code #case} for case-sensitive entries)
 * and the umbrella phrases that are never entities ({@code generic.txt}).
 */
public final class Lexicon {
    private static final String BASE = "/org/paperkg/lexicon/";

    private final Map<String, LexiconEntry> byKey = new HashMap<>();
    private final Map<String, LexiconEntry> caseSensitiveForms = new HashMap<>();
    private final Set<String> genericKeys = new HashSet<>();

    private Lexicon() {
    }

    /** The lexicon bundled in the jar. */
    public static Lexicon bundled() {
        Lexicon lexicon = new Lexicon();
        for (EntityType type : EntityType.values()) {
            lexicon.loadEntries(type, BASE + type.plural() + ".txt");
        }
        for (String line : lines(BASE + "generic.txt")) {
            String key = TermKey.of(line);
            lexicon.genericKeys.add(key);
            lexicon.genericKeys.add(TermKey.singular(key));
        }
        return lexicon;
    }

    /** The entry a surface form names, trying its singular too; empty when unknown or generic. */
    public Optional<LexiconEntry> lookup(String surface) {
        LexiconEntry exact = caseSensitiveForms.get(surface);
        if (exact != null) {
            return Optional.of(exact);
        }
        String key = TermKey.of(surface);
        LexiconEntry e = byKey.get(key);
        if (e == null) {
            e = byKey.get(TermKey.singular(key));
        }
        return Optional.ofNullable(e);
    }

    /** True for umbrella phrases such as "deep neural networks" that must not become entities. */
    public boolean isGeneric(String surface) {
        String key = TermKey.of(surface);
        return genericKeys.contains(key) || genericKeys.contains(TermKey.singular(key));
    }

    private void loadEntries(EntityType type, String resource) {
        for (String line : lines(resource)) {
            boolean caseSensitive = line.contains("#case");
            int hash = line.indexOf(" #");
            String body = hash >= 0 ? line.substring(0, hash) : line;
            List<String> parts = new ArrayList<>();
            for (String p : body.split("\\|")) {
                if (!p.isBlank()) {
                    parts.add(p.strip());
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            LexiconEntry entry = new LexiconEntry(type, parts.get(0), parts.subList(1, parts.size()), caseSensitive);
            for (String form : entry.forms()) {
                if (caseSensitive) {
                    caseSensitiveForms.putIfAbsent(form, entry);
                } else {
                    // The first file and line to claim a form keeps it, so loading order is the tie-break.
                    byKey.putIfAbsent(TermKey.of(form), entry);
                }
            }
        }
    }

    private static List<String> lines(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        return out;
    }

    /** For tests and diagnostics: how many distinct entries are loaded. */
    public int size() {
        return (int) byKey.values().stream().distinct().count() + (int) caseSensitiveForms.values().stream().distinct().count();
    }
}
