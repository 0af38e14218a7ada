package org.paperkg.extract;

import org.paperkg.model.TermKey;
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
    private final Map<String, String> wikidataByTypedKey = new HashMap<>();
    private final Map<String, LexiconEntry> familyByTypedKey = new HashMap<>();
    /**
     * Keys of forms written as several words ("vision transformer", "self-attention") or as an ordinary
     * lower-case word ("autoencoder"), which several words may match; a name written as one word with
     * capitals or digits ("3DShapes", "ViT") is not among them.
     */
    private final Set<String> spelledKeys = new HashSet<>();

    private Lexicon() {
    }

    /** The lexicon bundled in the jar. */
    public static Lexicon bundled() {
        return bundledWith(List.of());
    }

    /**
     * The bundled lexicon under a user's own lines ({@code --aliases FILE}), which are read first and so win
     * every form they name: listing two names on one line merges them, listing a name alone splits it from
     * the bundled line that held it.
     */
    public static Lexicon bundledWith(List<UserAliases.Line> userLines) {
        Lexicon lexicon = new Lexicon();
        for (UserAliases.Line user : userLines) {
            lexicon.addEntry(user.type(), Line.parse(user.text()));
        }
        for (EntityType type : EntityType.values()) {
            lexicon.loadEntries(type, BASE + type.plural() + ".txt");
        }
        for (String line : lines(BASE + "wikidata.tsv")) {
            String[] parts = line.split("\t");
            if (parts.length == 3 && parts[2].strip().matches("Q\\d+")) {
                EntityType type = EntityType.valueOf(parts[0].strip().toUpperCase(java.util.Locale.ROOT));
                lexicon.lookup(parts[1].strip()).filter(e -> e.type() == type).ifPresent(e ->
                        lexicon.wikidataByTypedKey.put(type + "/" + e.key(), parts[2].strip()));
            }
        }
        for (String line : lines(BASE + "families.txt")) {
            lexicon.addFamilyLine(line);
        }
        for (String line : lines(BASE + "generic.txt")) {
            for (String form : Line.parse(line).forms()) {
                String key = TermKey.of(form);
                lexicon.genericKeys.add(key);
                lexicon.genericKeys.add(TermKey.singular(key));
            }
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
        if (endsWithOrdinaryWord(surface) && !spelledKeys.contains(key) && !spelledKeys.contains(TermKey.singular(key))) {
            // "3D shapes" is a phrase, not the dataset 3DShapes; "(v) it" is no ViT: a name written as one
            // word is not matched by words that only run together to it
            return Optional.empty();
        }
        LexiconEntry e = byKey.get(key);
        if (e == null && TermKey.looksPlural(surface)) {
            // only a form written as a plural: "ViTs" is ViT, "VITS" is another model
            e = byKey.get(TermKey.singular(key));
        }
        return Optional.ofNullable(e);
    }

    /** Several words whose last is a lower-case word: "3D shapes", "v it"; not "ResNet 50" or "Tiny ImageNet". */
    private static boolean endsWithOrdinaryWord(String surface) {
        String s = surface.strip();
        int space = s.lastIndexOf(' ');
        if (space < 0) {
            return false;
        }
        String last = s.substring(space + 1);
        return !last.isEmpty() && last.chars().allMatch(c -> Character.isLetter(c) && Character.isLowerCase(c));
    }

    /** The Wikidata item of a well-known entity (lexicon/wikidata.tsv), by its type and key. */
    public Optional<String> wikidataId(EntityType type, String key) {
        return Optional.ofNullable(wikidataByTypedKey.get(type + "/" + key));
    }

    /** Every entry once (a form of a case-sensitive entry may be reached only through it). */
    public java.util.Collection<LexiconEntry> entries() {
        Set<LexiconEntry> all = new java.util.LinkedHashSet<>(byKey.values());
        all.addAll(caseSensitiveForms.values());
        return all;
    }

    /** True for umbrella phrases such as "deep neural networks" that must not become entities. */
    public boolean isGeneric(String surface) {
        String key = TermKey.of(surface);
        return genericKeys.contains(key) || genericKeys.contains(TermKey.singular(key));
    }

    /**
     * The family a lexicon entry belongs to by a line of {@code families.txt} ("DeiT > vision transformer"):
     * domain knowledge that no rule on the name's shape can find.
     */
    public Optional<LexiconEntry> familyOf(LexiconEntry entry) {
        return Optional.ofNullable(familyByTypedKey.get(entry.type() + "/" + entry.key()));
    }

    private void addFamilyLine(String line) {
        String[] parts = line.split(">");
        if (parts.length != 2) {
            throw new IllegalStateException("a family line is \"narrower > broader\": " + line);
        }
        Optional<LexiconEntry> narrower = lookup(parts[0].strip());
        Optional<LexiconEntry> broader = lookup(parts[1].strip());
        if (narrower.isEmpty() || broader.isEmpty() || narrower.get().type() != broader.get().type()) {
            throw new IllegalStateException("a family line names two lexicon entries of one type: " + line);
        }
        familyByTypedKey.putIfAbsent(narrower.get().type() + "/" + narrower.get().key(), broader.get());
    }

    private void loadEntries(EntityType type, String resource) {
        for (String line : lines(resource)) {
            addEntry(type, Line.parse(line));
        }
    }

    private void addEntry(EntityType type, Line parsed) {
        if (parsed.forms().isEmpty()) {
            return;
        }
        List<String> forms = parsed.forms();
        LexiconEntry entry = new LexiconEntry(type, forms.get(0), forms.subList(1, forms.size()),
                parsed.allCaseSensitive());
        for (String form : forms) {
            if (parsed.isCaseSensitive(form)) {
                caseSensitiveForms.putIfAbsent(form, entry);
            } else {
                // The first line to claim a form keeps it, so file order is the tie-break.
                byKey.putIfAbsent(TermKey.of(form), entry);
                if (form.contains(" ") || form.contains("-") || form.equals(form.toLowerCase(java.util.Locale.ROOT))) {
                    spelledKeys.add(TermKey.of(form));
                }
                if (TermKey.looksPlural(form)) {
                    byKey.putIfAbsent(TermKey.singular(TermKey.of(form)), entry);
                }
            }
        }
    }

    /**
     * One lexicon line: "Canonical | alias ... [#case | #case:FORM,FORM]". A bare {@code #case} makes every
     * form case-sensitive; {@code #case:X,Y} only the forms listed (short acronyms that are also words).
     */
    record Line(List<String> forms, boolean allCaseSensitive, Set<String> caseSensitiveForms, String direction) {
        static Line parse(String line) {
            int hash = line.indexOf('#');
            String body = hash >= 0 ? line.substring(0, hash) : line;
            String marker = hash >= 0 ? line.substring(hash + 1).strip() : "";
            List<String> forms = new ArrayList<>();
            for (String p : body.split("\\|")) {
                if (!p.isBlank()) {
                    forms.add(p.strip());
                }
            }
            boolean all = false;
            Set<String> some = new HashSet<>();
            String direction = null;
            // markers after '#', separated by blanks: "case", "case:X,Y", and a metric's "higher" or "lower"
            for (String m : marker.isEmpty() ? new String[0] : marker.split("\\s+")) {
                if (m.equals("case")) {
                    all = true;
                } else if (m.startsWith("case:")) {
                    for (String f : m.substring(5).split(",")) {
                        some.add(f.strip());
                    }
                } else if (m.equals("higher") || m.equals("lower")) {
                    direction = m;
                }
            }
            return new Line(forms, all, some, direction);
        }

        boolean isCaseSensitive(String form) {
            return allCaseSensitive || caseSensitiveForms.contains(form);
        }
    }

    /** The non-blank, non-comment lines of a bundled resource; empty when it is absent. */
    static List<String> lines(String resource) {
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

}
